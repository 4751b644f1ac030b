* SCIP STATISTICS
*   Problem name     : RGN
*   Variables        : 180 (100 binary, 0 integer, 0 implicit integer, 80 continuous)
*   Constraints      : 24
NAME          RGN
OBJSENSE
  MIN
ROWS
 N  Obj 
 L  2 
 L  3 
 L  4 
 L  5 
 E  6 
 E  7 
 E  8 
 E  9 
 E  10 
 E  11 
 E  12 
 E  13 
 E  14 
 E  15 
 E  16 
 E  17 
 E  18 
 E  19 
 E  20 
 E  21 
 E  22 
 E  23 
 E  24 
 E  25 
COLUMNS
    INTSTART  'MARKER'                            'INTORG'                           
    A1        2                                1  Obj                              0 
    A1        6                      -4.60000002 
    B1        Obj                              0  2                                1 
    B1        7                      -4.60000002 
    C1        2                                1  8                      -4.60000002 
    C1        Obj                              0 
    D1        2                                1  Obj                              0 
    D1        9                      -4.60000002 
    E1        10                     -4.60000002  Obj                              0 
    E1        2                                1 
    AB1       Obj                              0  7                      -4.60000002 
    AB1       6                      -4.60000002  2                                1 
    AC1       Obj                              0  8                      -4.60000002 
    AC1       6                      -4.60000002  2                                1 
    AD1       6                      -4.60000002  Obj                              0 
    AD1       9                      -4.60000002  2                                1 
    AE1       2                                1  Obj                              0 
    AE1       6                      -4.60000002  10                     -4.60000002 
    BC1       8                      -4.60000002  7                      -4.60000002 
    BC1       Obj                              0  2                                1 
    BD1       Obj                              0  7                      -4.60000002 
    BD1       2                                1  9                      -4.60000002 
    BE1       Obj                              0  10                     -4.60000002 
    BE1       2                                1  7                      -4.60000002 
    CD1       Obj                              0  2                                1 
    CD1       8                      -4.60000002  9                      -4.60000002 
    CE1       8                      -4.60000002  10                     -4.60000002 
    CE1       Obj                              0  2                                1 
    DE1       9                      -4.60000002  2                                1 
    DE1       Obj                              0  10                     -4.60000002 
    ABC1      2                                1  Obj                              0 
    ABC1      6                      -4.60000002  7                      -4.60000002 
    ABC1      8                      -4.60000002 
    ABD1      7                      -4.60000002  6                      -4.60000002 
    ABD1      Obj                              0  2                                1 
    ABD1      9                      -4.60000002 
    ABE1      6                      -4.60000002  10                     -4.60000002 
    ABE1      2                                1  Obj                              0 
    ABE1      7                      -4.60000002 
    ACD1      8                      -4.60000002  Obj                              0 
    ACD1      6                      -4.60000002  2                                1 
    ACD1      9                      -4.60000002 
    ACE1      8                      -4.60000002  Obj                              0 
    ACE1      2                                1  6                      -4.60000002 
    ACE1      10                     -4.60000002 
    ADE1      Obj                              0  6                      -4.60000002 
    ADE1      10                     -4.60000002  9                      -4.60000002 
    ADE1      2                                1 
    BCD1      7                      -4.60000002  9                      -4.60000002 
    BCD1      8                      -4.60000002  Obj                              0 
    BCD1      2                                1 
    BCE1      7                      -4.60000002  8                      -4.60000002 
    BCE1      2                                1  10                     -4.60000002 
    BCE1      Obj                              0 
    BDE1      2                                1  10                     -4.60000002 
    BDE1      9                      -4.60000002  7                      -4.60000002 
    BDE1      Obj                              0 
    CDE1      2                                1  9                      -4.60000002 
    CDE1      Obj                              0  10                     -4.60000002 
    CDE1      8                      -4.60000002 
    A2        11                     -4.60000002  3                                1 
    A2        Obj                              0 
    B2        Obj                              0  3                                1 
    B2        12                     -4.60000002 
    C2        Obj                              0  13                     -4.60000002 
    C2        3                                1 
    D2        3                                1  Obj                              0 
    D2        14                     -4.60000002 
    E2        3                                1  Obj                              0 
    E2        15                     -4.60000002 
    AB2       3                                1  Obj                              0 
    AB2       11                     -4.60000002  12                     -4.60000002 
    AC2       13                     -4.60000002  3                                1 
    AC2       Obj                              0  11                     -4.60000002 
    AD2       11                     -4.60000002  14                     -4.60000002 
    AD2       3                                1  Obj                              0 
    AE2       15                     -4.60000002  Obj                              0 
    AE2       3                                1  11                     -4.60000002 
    BC2       Obj                              0  3                                1 
    BC2       13                     -4.60000002  12                     -4.60000002 
    BD2       3                                1  14                     -4.60000002 
    BD2       Obj                              0  12                     -4.60000002 
    BE2       12                     -4.60000002  15                     -4.60000002 
    BE2       Obj                              0  3                                1 
    CD2       Obj                              0  14                     -4.60000002 
    CD2       13                     -4.60000002  3                                1 
    CE2       13                     -4.60000002  15                     -4.60000002 
    CE2       3                                1  Obj                              0 
    DE2       3                                1  Obj                              0 
    DE2       14                     -4.60000002  15                     -4.60000002 
    ABC2      13                     -4.60000002  Obj                              0 
    ABC2      3                                1  12                     -4.60000002 
    ABC2      11                     -4.60000002 
    ABD2      12                     -4.60000002  11                     -4.60000002 
    ABD2      Obj                              0  3                                1 
    ABD2      14                     -4.60000002 
    ABE2      11                     -4.60000002  12                     -4.60000002 
    ABE2      Obj                              0  3                                1 
    ABE2      15                     -4.60000002 
    ACD2      Obj                              0  11                     -4.60000002 
    ACD2      13                     -4.60000002  14                     -4.60000002 
    ACD2      3                                1 
    ACE2      3                                1  Obj                              0 
    ACE2      11                     -4.60000002  13                     -4.60000002 
    ACE2      15                     -4.60000002 
    ADE2      14                     -4.60000002  11                     -4.60000002 
    ADE2      Obj                              0  3                                1 
    ADE2      15                     -4.60000002 
    BCD2      14                     -4.60000002  13                     -4.60000002 
    BCD2      12                     -4.60000002  Obj                              0 
    BCD2      3                                1 
    BCE2      3                                1  Obj                              0 
    BCE2      13                     -4.60000002  15                     -4.60000002 
    BCE2      12                     -4.60000002 
    BDE2      3                                1  15                     -4.60000002 
    BDE2      Obj                              0  12                     -4.60000002 
    BDE2      14                     -4.60000002 
    CDE2      13                     -4.60000002  15                     -4.60000002 
    CDE2      3                                1  14                     -4.60000002 
    CDE2      Obj                              0 
    A3        16                     -4.60000002  Obj                              0 
    A3        4                                1 
    B3        Obj                              0  4                                1 
    B3        17                     -4.60000002 
    C3        4                                1  18                     -4.60000002 
    C3        Obj                              0 
    D3        19                     -4.60000002  Obj                              0 
    D3        4                                1 
    E3        4                                1  20                     -4.60000002 
    E3        Obj                              0 
    AB3       Obj                              0  16                     -4.60000002 
    AB3       17                     -4.60000002  4                                1 
    AC3       Obj                              0  4                                1 
    AC3       18                     -4.60000002  16                     -4.60000002 
    AD3       19                     -4.60000002  16                     -4.60000002 
    AD3       4                                1  Obj                              0 
    AE3       Obj                              0  4                                1 
    AE3       20                     -4.60000002  16                     -4.60000002 
    BC3       17                     -4.60000002  Obj                              0 
    BC3       4                                1  18                     -4.60000002 
    BD3       17                     -4.60000002  4                                1 
    BD3       19                     -4.60000002  Obj                              0 
    BE3       17                     -4.60000002  4                                1 
    BE3       20                     -4.60000002  Obj                              0 
    CD3       4                                1  Obj                              0 
    CD3       18                     -4.60000002  19                     -4.60000002 
    CE3       Obj                              0  20                     -4.60000002 
    CE3       4                                1  18                     -4.60000002 
    DE3       19                     -4.60000002  4                                1 
    DE3       20                     -4.60000002  Obj                              0 
    ABC3      17                     -4.60000002  Obj                              0 
    ABC3      18                     -4.60000002  16                     -4.60000002 
    ABC3      4                                1 
    ABD3      4                                1  Obj                              0 
    ABD3      16                     -4.60000002  17                     -4.60000002 
    ABD3      19                     -4.60000002 
    ABE3      20                     -4.60000002  Obj                              0 
    ABE3      4                                1  17                     -4.60000002 
    ABE3      16                     -4.60000002 
    ACD3      19                     -4.60000002  16                     -4.60000002 
    ACD3      Obj                              0  18                     -4.60000002 
    ACD3      4                                1 
    ACE3      20                     -4.60000002  Obj                              0 
    ACE3      16                     -4.60000002  4                                1 
    ACE3      18                     -4.60000002 
    ADE3      16                     -4.60000002  4                                1 
    ADE3      20                     -4.60000002  19                     -4.60000002 
    ADE3      Obj                              0 
    BCD3      19                     -4.60000002  17                     -4.60000002 
    BCD3      18                     -4.60000002  Obj                              0 
    BCD3      4                                1 
    BCE3      Obj                              0  17                     -4.60000002 
    BCE3      4                                1  18                     -4.60000002 
    BCE3      20                     -4.60000002 
    BDE3      17                     -4.60000002  4                                1 
    BDE3      Obj                              0  20                     -4.60000002 
    BDE3      19                     -4.60000002 
    CDE3      Obj                              0  4                                1 
    CDE3      18                     -4.60000002  20                     -4.60000002 
    CDE3      19                     -4.60000002 
    A4        Obj                              0  5                                1 
    A4        21                     -4.60000002 
    B4        Obj                              0  5                                1 
    B4        22                     -4.60000002 
    C4        Obj                              0  23                     -4.60000002 
    C4        5                                1 
    D4        Obj                              0  24                     -4.60000002 
    D4        5                                1 
    E4        Obj                              0  5                                1 
    E4        25                     -4.60000002 
    AB4       Obj                              0  21                     -4.60000002 
    AB4       22                     -4.60000002  5                                1 
    AC4       23                     -4.60000002  21                     -4.60000002 
    AC4       Obj                              0  5                                1 
    AD4       24                     -4.60000002  21                     -4.60000002 
    AD4       Obj                              0  5                                1 
    AE4       21                     -4.60000002  25                     -4.60000002 
    AE4       5                                1  Obj                              0 
    BC4       Obj                              0  5                                1 
    BC4       23                     -4.60000002  22                     -4.60000002 
    BD4       22                     -4.60000002  24                     -4.60000002 
    BD4       5                                1  Obj                              0 
    BE4       5                                1  Obj                              0 
    BE4       22                     -4.60000002  25                     -4.60000002 
    CD4       Obj                              0  23                     -4.60000002 
    CD4       5                                1  24                     -4.60000002 
    CE4       Obj                              0  5                                1 
    CE4       25                     -4.60000002  23                     -4.60000002 
    DE4       25                     -4.60000002  Obj                              0 
    DE4       5                                1  24                     -4.60000002 
    ABC4      23                     -4.60000002  5                                1 
    ABC4      Obj                              0  22                     -4.60000002 
    ABC4      21                     -4.60000002 
    ABD4      22                     -4.60000002  24                     -4.60000002 
    ABD4      21                     -4.60000002  5                                1 
    ABD4      Obj                              0 
    ABE4      21                     -4.60000002  25                     -4.60000002 
    ABE4      22                     -4.60000002  Obj                              0 
    ABE4      5                                1 
    ACD4      21                     -4.60000002  5                                1 
    ACD4      23                     -4.60000002  24                     -4.60000002 
    ACD4      Obj                              0 
    ACE4      23                     -4.60000002  5                                1 
    ACE4      Obj                              0  21                     -4.60000002 
    ACE4      25                     -4.60000002 
    ADE4      25                     -4.60000002  5                                1 
    ADE4      Obj                              0  21                     -4.60000002 
    ADE4      24                     -4.60000002 
    BCD4      5                                1  Obj                              0 
    BCD4      23                     -4.60000002  24                     -4.60000002 
    BCD4      22                     -4.60000002 
    BCE4      5                                1  23                     -4.60000002 
    BCE4      22                     -4.60000002  Obj                              0 
    BCE4      25                     -4.60000002 
    BDE4      Obj                              0  24                     -4.60000002 
    BDE4      22                     -4.60000002  5                                1 
    BDE4      25                     -4.60000002 
    CDE4      Obj                              0  24                     -4.60000002 
    CDE4      5                                1  23                     -4.60000002 
    CDE4      25                     -4.60000002 
    INTEND    'MARKER'                            'INTEND'                           
    TA1       6                                1  11                              -1 
    TA1       Obj                              3 
    TA2       16                              -1  Obj                              3 
    TA2       11                               1 
    TA3       21                              -1  Obj                              3 
    TA3       16                               1 
    TA4       Obj                              3  21                               1 
    TB1       Obj                              3  12                              -1 
    TB1       7                                1 
    TB2       12                               1  17                              -1 
    TB2       Obj                              3 
    TB3       22                              -1  Obj                              3 
    TB3       17                               1 
    TB4       Obj                              3  22                               1 
    TC1       8                                1  13                              -1 
    TC1       Obj                              3 
    TC2       18                              -1  Obj                              3 
    TC2       13                               1 
    TC3       Obj                              3  23                              -1 
    TC3       18                               1 
    TC4       Obj                              3  23                               1 
    TD1       Obj                              3  14                              -1 
    TD1       9                                1 
    TD2       19                              -1  14                               1 
    TD2       Obj                              3 
    TD3       Obj                              3  24                              -1 
    TD3       19                               1 
    TD4       Obj                              3  24                               1 
    TE1       10                               1  Obj                              3 
    TE1       15                              -1 
    TE2       Obj                              3  15                               1 
    TE2       20                              -1 
    TE3       20                               1  Obj                              3 
    TE3       25                              -1 
    TE4       Obj                              3  25                               1 
    UA1       Obj                              1  6                                1 
    UA1       11                              -1 
    UA2       Obj                              1  11                               1 
    UA2       16                              -1 
    UA3       21                              -1  Obj                              1 
    UA3       16                               1 
    UA4       21                               1  Obj                              1 
    UB1       Obj                              1  7                                1 
    UB1       12                              -1 
    UB2       12                               1  17                              -1 
    UB2       Obj                              1 
    UB3       17                               1  Obj                              1 
    UB3       22                              -1 
    UB4       22                               1  Obj                              1 
    UC1       Obj                              1  8                                1 
    UC1       13                              -1 
    UC2       18                              -1  Obj                              1 
    UC2       13                               1 
    UC3       Obj                              1  18                               1 
    UC3       23                              -1 
    UC4       23                               1  Obj                              1 
    UD1       14                              -1  9                                1 
    UD1       Obj                              1 
    UD2       Obj                              1  14                               1 
    UD2       19                              -1 
    UD3       19                               1  Obj                              1 
    UD3       24                              -1 
    UD4       Obj                              1  24                               1 
    UE1       Obj                              1  10                               1 
    UE1       15                              -1 
    UE2       15                               1  Obj                              1 
    UE2       20                              -1 
    UE3       20                               1  25                              -1 
    UE3       Obj                              1 
    UE4       25                               1  Obj                              1 
    VA1       6                               -1  Obj                              1 
    VA1       11                               1 
    VA2       Obj                              1  11                              -1 
    VA2       16                               1 
    VA3       21                               1  16                              -1 
    VA3       Obj                              1 
    VA4       21                              -1  Obj                              1 
    VB1       Obj                              1  12                               1 
    VB1       7                               -1 
    VB2       12                              -1  17                               1 
    VB2       Obj                              1 
    VB3       22                               1  17                              -1 
    VB3       Obj                              1 
    VB4       22                              -1  Obj                              1 
    VC1       13                               1  Obj                              1 
    VC1       8                               -1 
    VC2       13                              -1  Obj                              1 
    VC2       18                               1 
    VC3       18                              -1  Obj                              1 
    VC3       23                               1 
    VC4       Obj                              1  23                              -1 
    VD1       14                               1  9                               -1 
    VD1       Obj                              1 
    VD2       14                              -1  Obj                              1 
    VD2       19                               1 
    VD3       Obj                              1  19                              -1 
    VD3       24                               1 
    VD4       Obj                              1  24                              -1 
    VE1       15                               1  Obj                              1 
    VE1       10                              -1 
    VE2       15                              -1  Obj                              1 
    VE2       20                               1 
    VE3       25                               1  Obj                              1 
    VE3       20                              -1 
    VE4       25                              -1  Obj                              1 
    WA1       Obj                              3  11                               1 
    WA1       6                               -1 
    WA2       16                               1  Obj                              3 
    WA2       11                              -1 
    WA3       16                              -1  21                               1 
    WA3       Obj                              3 
    WA4       Obj                              3  21                              -1 
    WB1       Obj                              3  7                               -1 
    WB1       12                               1 
    WB2       12                              -1  17                               1 
    WB2       Obj                              3 
    WB3       Obj                              3  17                              -1 
    WB3       22                               1 
    WB4       Obj                              3  22                              -1 
    WC1       8                               -1  Obj                              3 
    WC1       13                               1 
    WC2       Obj                              3  13                              -1 
    WC2       18                               1 
    WC3       18                              -1  Obj                              3 
    WC3       23                               1 
    WC4       23                              -1  Obj                              3 
    WD1       9                               -1  14                               1 
    WD1       Obj                              3 
    WD2       14                              -1  Obj                              3 
    WD2       19                               1 
    WD3       Obj                              3  24                               1 
    WD3       19                              -1 
    WD4       24                              -1  Obj                              3 
    WE1       Obj                              3  15                               1 
    WE1       10                              -1 
    WE2       15                              -1  20                               1 
    WE2       Obj                              3 
    WE3       Obj                              3  20                              -1 
    WE3       25                               1 
    WE4       Obj                              3  25                              -1 
RHS
    RHS       2                                1  3                                1 
    RHS       4                                1  5                                1 
    RHS       6                             -3.5  7                             -3.5 
    RHS       8                             -3.5  9                             -3.5 
    RHS       10                            -3.5  11                            -3.5 
    RHS       12                            -3.5  13                            -3.5 
    RHS       14                            -3.5  15                            -3.5 
    RHS       16                            -3.5  17                            -3.5 
    RHS       18                            -3.5  19                            -3.5 
    RHS       20                            -3.5  21                            -3.5 
    RHS       22                            -3.5  23                            -3.5 
    RHS       24                            -3.5  25                            -3.5 
BOUNDS
 BV Bound     BDE4                               
 BV Bound     A1                                 
 BV Bound     B1                                 
 BV Bound     C1                                 
 BV Bound     D1                                 
 BV Bound     E1                                 
 BV Bound     AB1                                
 BV Bound     AC1                                
 BV Bound     AD1                                
 BV Bound     AE1                                
 BV Bound     BC1                                
 BV Bound     BD1                                
 BV Bound     BE1                                
 BV Bound     CD1                                
 BV Bound     CE1                                
 BV Bound     DE1                                
 BV Bound     ABC1                               
 BV Bound     ABD1                               
 BV Bound     ABE1                               
 BV Bound     ACD1                               
 BV Bound     ACE1                               
 BV Bound     ADE1                               
 BV Bound     BCD1                               
 BV Bound     BCE1                               
 BV Bound     BDE1                               
 BV Bound     CDE1                               
 BV Bound     A2                                 
 BV Bound     B2                                 
 BV Bound     C2                                 
 BV Bound     D2                                 
 BV Bound     E2                                 
 BV Bound     AB2                                
 BV Bound     AC2                                
 BV Bound     AD2                                
 BV Bound     AE2                                
 BV Bound     BC2                                
 BV Bound     BD2                                
 BV Bound     BE2                                
 BV Bound     CD2                                
 BV Bound     CE2                                
 BV Bound     DE2                                
 BV Bound     ABC2                               
 BV Bound     ABD2                               
 BV Bound     ABE2                               
 BV Bound     ACD2                               
 BV Bound     ACE2                               
 BV Bound     ADE2                               
 BV Bound     BCD2                               
 BV Bound     BCE2                               
 BV Bound     BDE2                               
 BV Bound     CDE2                               
 BV Bound     A3                                 
 BV Bound     B3                                 
 BV Bound     C3                                 
 BV Bound     D3                                 
 BV Bound     E3                                 
 BV Bound     AB3                                
 BV Bound     AC3                                
 BV Bound     AD3                                
 BV Bound     AE3                                
 BV Bound     BC3                                
 BV Bound     BD3                                
 BV Bound     BE3                                
 BV Bound     CD3                                
 BV Bound     CE3                                
 BV Bound     DE3                                
 BV Bound     ABC3                               
 BV Bound     ABD3                               
 BV Bound     ABE3                               
 BV Bound     ACD3                               
 BV Bound     ACE3                               
 BV Bound     ADE3                               
 BV Bound     BCD3                               
 BV Bound     BCE3                               
 BV Bound     BDE3                               
 BV Bound     CDE3                               
 BV Bound     A4                                 
 BV Bound     B4                                 
 BV Bound     C4                                 
 BV Bound     D4                                 
 BV Bound     E4                                 
 BV Bound     AB4                                
 BV Bound     AC4                                
 BV Bound     AD4                                
 BV Bound     AE4                                
 BV Bound     BC4                                
 BV Bound     BD4                                
 BV Bound     BE4                                
 BV Bound     CD4                                
 BV Bound     CE4                                
 BV Bound     DE4                                
 BV Bound     ABC4                               
 BV Bound     ABD4                               
 BV Bound     ABE4                               
 BV Bound     ACD4                               
 BV Bound     ACE4                               
 BV Bound     ADE4                               
 BV Bound     BCD4                               
 BV Bound     BCE4                               
 BV Bound     CDE4                               
 UP Bound     TA1                            100 
 UP Bound     TA2                            100 
 UP Bound     TA3                            100 
 UP Bound     TA4                            100 
 UP Bound     TB1                            100 
 UP Bound     TB2                            100 
 UP Bound     TB3                            100 
 UP Bound     TB4                            100 
 UP Bound     TC1                            100 
 UP Bound     TC2                            100 
 UP Bound     TC3                            100 
 UP Bound     TC4                            100 
 UP Bound     TD1                            100 
 UP Bound     TD2                            100 
 UP Bound     TD3                            100 
 UP Bound     TD4                            100 
 UP Bound     TE1                            100 
 UP Bound     TE2                            100 
 UP Bound     TE3                            100 
 UP Bound     TE4                            100 
 UP Bound     UA1                              2 
 UP Bound     UA2                              2 
 UP Bound     UA3                              2 
 UP Bound     UA4                              2 
 UP Bound     UB1                              2 
 UP Bound     UB2                              2 
 UP Bound     UB3                              2 
 UP Bound     UB4                              2 
 UP Bound     UC1                              2 
 UP Bound     UC2                              2 
 UP Bound     UC3                              2 
 UP Bound     UC4                              2 
 UP Bound     UD1                              2 
 UP Bound     UD2                              2 
 UP Bound     UD3                              2 
 UP Bound     UD4                              2 
 UP Bound     UE1                              2 
 UP Bound     UE2                              2 
 UP Bound     UE3                              2 
 UP Bound     UE4                              2 
 UP Bound     VA1                              2 
 UP Bound     VA2                              2 
 UP Bound     VA3                              2 
 UP Bound     VA4                              2 
 UP Bound     VB1                              2 
 UP Bound     VB2                              2 
 UP Bound     VB3                              2 
 UP Bound     VB4                              2 
 UP Bound     VC1                              2 
 UP Bound     VC2                              2 
 UP Bound     VC3                              2 
 UP Bound     VC4                              2 
 UP Bound     VD1                              2 
 UP Bound     VD2                              2 
 UP Bound     VD3                              2 
 UP Bound     VD4                              2 
 UP Bound     VE1                              2 
 UP Bound     VE2                              2 
 UP Bound     VE3                              2 
 UP Bound     VE4                              2 
 UP Bound     WA1                            100 
 UP Bound     WA2                            100 
 UP Bound     WA3                            100 
 UP Bound     WA4                            100 
 UP Bound     WB1                            100 
 UP Bound     WB2                            100 
 UP Bound     WB3                            100 
 UP Bound     WB4                            100 
 UP Bound     WC1                            100 
 UP Bound     WC2                            100 
 UP Bound     WC3                            100 
 UP Bound     WC4                            100 
 UP Bound     WD1                            100 
 UP Bound     WD2                            100 
 UP Bound     WD3                            100 
 UP Bound     WD4                            100 
 UP Bound     WE1                            100 
 UP Bound     WE2                            100 
 UP Bound     WE3                            100 
 UP Bound     WE4                            100 
ENDATA