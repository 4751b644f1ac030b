NAME        rgn
ROWS
 N  1       
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
    MARK0000  'MARKER'                 'INTORG'
    A1        2         1
    A1        6         -4.6000000200000004
    B1        2         1
    B1        7         -4.6000000200000004
    C1        2         1
    C1        8         -4.6000000200000004
    D1        2         1
    D1        9         -4.6000000200000004
    E1        2         1
    E1        10        -4.6000000200000004
    AB1       2         1
    AB1       6         -4.6000000200000004
    AB1       7         -4.6000000200000004
    AC1       2         1
    AC1       6         -4.6000000200000004
    AC1       8         -4.6000000200000004
    AD1       2         1
    AD1       6         -4.6000000200000004
    AD1       9         -4.6000000200000004
    AE1       2         1
    AE1       6         -4.6000000200000004
    AE1       10        -4.6000000200000004
    BC1       2         1
    BC1       7         -4.6000000200000004
    BC1       8         -4.6000000200000004
    BD1       2         1
    BD1       7         -4.6000000200000004
    BD1       9         -4.6000000200000004
    BE1       2         1
    BE1       7         -4.6000000200000004
    BE1       10        -4.6000000200000004
    CD1       2         1
    CD1       8         -4.6000000200000004
    CD1       9         -4.6000000200000004
    CE1       2         1
    CE1       8         -4.6000000200000004
    CE1       10        -4.6000000200000004
    DE1       2         1
    DE1       9         -4.6000000200000004
    DE1       10        -4.6000000200000004
    ABC1      2         1
    ABC1      6         -4.6000000200000004
    ABC1      7         -4.6000000200000004
    ABC1      8         -4.6000000200000004
    ABD1      2         1
    ABD1      6         -4.6000000200000004
    ABD1      7         -4.6000000200000004
    ABD1      9         -4.6000000200000004
    ABE1      2         1
    ABE1      6         -4.6000000200000004
    ABE1      7         -4.6000000200000004
    ABE1      10        -4.6000000200000004
    ACD1      2         1
    ACD1      6         -4.6000000200000004
    ACD1      8         -4.6000000200000004
    ACD1      9         -4.6000000200000004
    ACE1      2         1
    ACE1      6         -4.6000000200000004
    ACE1      8         -4.6000000200000004
    ACE1      10        -4.6000000200000004
    ADE1      2         1
    ADE1      6         -4.6000000200000004
    ADE1      9         -4.6000000200000004
    ADE1      10        -4.6000000200000004
    BCD1      2         1
    BCD1      7         -4.6000000200000004
    BCD1      8         -4.6000000200000004
    BCD1      9         -4.6000000200000004
    BCE1      2         1
    BCE1      7         -4.6000000200000004
    BCE1      8         -4.6000000200000004
    BCE1      10        -4.6000000200000004
    BDE1      2         1
    BDE1      7         -4.6000000200000004
    BDE1      9         -4.6000000200000004
    BDE1      10        -4.6000000200000004
    CDE1      2         1
    CDE1      8         -4.6000000200000004
    CDE1      9         -4.6000000200000004
    CDE1      10        -4.6000000200000004
    A2        3         1
    A2        11        -4.6000000200000004
    B2        3         1
    B2        12        -4.6000000200000004
    C2        3         1
    C2        13        -4.6000000200000004
    D2        3         1
    D2        14        -4.6000000200000004
    E2        3         1
    E2        15        -4.6000000200000004
    AB2       3         1
    AB2       11        -4.6000000200000004
    AB2       12        -4.6000000200000004
    AC2       3         1
    AC2       11        -4.6000000200000004
    AC2       13        -4.6000000200000004
    AD2       3         1
    AD2       11        -4.6000000200000004
    AD2       14        -4.6000000200000004
    AE2       3         1
    AE2       11        -4.6000000200000004
    AE2       15        -4.6000000200000004
    BC2       3         1
    BC2       12        -4.6000000200000004
    BC2       13        -4.6000000200000004
    BD2       3         1
    BD2       12        -4.6000000200000004
    BD2       14        -4.6000000200000004
    BE2       3         1
    BE2       12        -4.6000000200000004
    BE2       15        -4.6000000200000004
    CD2       3         1
    CD2       13        -4.6000000200000004
    CD2       14        -4.6000000200000004
    CE2       3         1
    CE2       13        -4.6000000200000004
    CE2       15        -4.6000000200000004
    DE2       3         1
    DE2       14        -4.6000000200000004
    DE2       15        -4.6000000200000004
    ABC2      3         1
    ABC2      11        -4.6000000200000004
    ABC2      12        -4.6000000200000004
    ABC2      13        -4.6000000200000004
    ABD2      3         1
    ABD2      11        -4.6000000200000004
    ABD2      12        -4.6000000200000004
    ABD2      14        -4.6000000200000004
    ABE2      3         1
    ABE2      11        -4.6000000200000004
    ABE2      12        -4.6000000200000004
    ABE2      15        -4.6000000200000004
    ACD2      3         1
    ACD2      11        -4.6000000200000004
    ACD2      13        -4.6000000200000004
    ACD2      14        -4.6000000200000004
    ACE2      3         1
    ACE2      11        -4.6000000200000004
    ACE2      13        -4.6000000200000004
    ACE2      15        -4.6000000200000004
    ADE2      3         1
    ADE2      11        -4.6000000200000004
    ADE2      14        -4.6000000200000004
    ADE2      15        -4.6000000200000004
    BCD2      3         1
    BCD2      12        -4.6000000200000004
    BCD2      13        -4.6000000200000004
    BCD2      14        -4.6000000200000004
    BCE2      3         1
    BCE2      12        -4.6000000200000004
    BCE2      13        -4.6000000200000004
    BCE2      15        -4.6000000200000004
    BDE2      3         1
    BDE2      12        -4.6000000200000004
    BDE2      14        -4.6000000200000004
    BDE2      15        -4.6000000200000004
    CDE2      3         1
    CDE2      13        -4.6000000200000004
    CDE2      14        -4.6000000200000004
    CDE2      15        -4.6000000200000004
    A3        4         1
    A3        16        -4.6000000200000004
    B3        4         1
    B3        17        -4.6000000200000004
    C3        4         1
    C3        18        -4.6000000200000004
    D3        4         1
    D3        19        -4.6000000200000004
    E3        4         1
    E3        20        -4.6000000200000004
    AB3       4         1
    AB3       16        -4.6000000200000004
    AB3       17        -4.6000000200000004
    AC3       4         1
    AC3       16        -4.6000000200000004
    AC3       18        -4.6000000200000004
    AD3       4         1
    AD3       16        -4.6000000200000004
    AD3       19        -4.6000000200000004
    AE3       4         1
    AE3       16        -4.6000000200000004
    AE3       20        -4.6000000200000004
    BC3       4         1
    BC3       17        -4.6000000200000004
    BC3       18        -4.6000000200000004
    BD3       4         1
    BD3       17        -4.6000000200000004
    BD3       19        -4.6000000200000004
    BE3       4         1
    BE3       17        -4.6000000200000004
    BE3       20        -4.6000000200000004
    CD3       4         1
    CD3       18        -4.6000000200000004
    CD3       19        -4.6000000200000004
    CE3       4         1
    CE3       18        -4.6000000200000004
    CE3       20        -4.6000000200000004
    DE3       4         1
    DE3       19        -4.6000000200000004
    DE3       20        -4.6000000200000004
    ABC3      4         1
    ABC3      16        -4.6000000200000004
    ABC3      17        -4.6000000200000004
    ABC3      18        -4.6000000200000004
    ABD3      4         1
    ABD3      16        -4.6000000200000004
    ABD3      17        -4.6000000200000004
    ABD3      19        -4.6000000200000004
    ABE3      4         1
    ABE3      16        -4.6000000200000004
    ABE3      17        -4.6000000200000004
    ABE3      20        -4.6000000200000004
    ACD3      4         1
    ACD3      16        -4.6000000200000004
    ACD3      18        -4.6000000200000004
    ACD3      19        -4.6000000200000004
    ACE3      4         1
    ACE3      16        -4.6000000200000004
    ACE3      18        -4.6000000200000004
    ACE3      20        -4.6000000200000004
    ADE3      4         1
    ADE3      16        -4.6000000200000004
    ADE3      19        -4.6000000200000004
    ADE3      20        -4.6000000200000004
    BCD3      4         1
    BCD3      17        -4.6000000200000004
    BCD3      18        -4.6000000200000004
    BCD3      19        -4.6000000200000004
    BCE3      4         1
    BCE3      17        -4.6000000200000004
    BCE3      18        -4.6000000200000004
    BCE3      20        -4.6000000200000004
    BDE3      4         1
    BDE3      17        -4.6000000200000004
    BDE3      19        -4.6000000200000004
    BDE3      20        -4.6000000200000004
    CDE3      4         1
    CDE3      18        -4.6000000200000004
    CDE3      19        -4.6000000200000004
    CDE3      20        -4.6000000200000004
    A4        5         1
    A4        21        -4.6000000200000004
    B4        5         1
    B4        22        -4.6000000200000004
    C4        5         1
    C4        23        -4.6000000200000004
    D4        5         1
    D4        24        -4.6000000200000004
    E4        5         1
    E4        25        -4.6000000200000004
    AB4       5         1
    AB4       21        -4.6000000200000004
    AB4       22        -4.6000000200000004
    AC4       5         1
    AC4       21        -4.6000000200000004
    AC4       23        -4.6000000200000004
    AD4       5         1
    AD4       21        -4.6000000200000004
    AD4       24        -4.6000000200000004
    AE4       5         1
    AE4       21        -4.6000000200000004
    AE4       25        -4.6000000200000004
    BC4       5         1
    BC4       22        -4.6000000200000004
    BC4       23        -4.6000000200000004
    BD4       5         1
    BD4       22        -4.6000000200000004
    BD4       24        -4.6000000200000004
    BE4       5         1
    BE4       22        -4.6000000200000004
    BE4       25        -4.6000000200000004
    CD4       5         1
    CD4       23        -4.6000000200000004
    CD4       24        -4.6000000200000004
    CE4       5         1
    CE4       23        -4.6000000200000004
    CE4       25        -4.6000000200000004
    DE4       5         1
    DE4       24        -4.6000000200000004
    DE4       25        -4.6000000200000004
    ABC4      5         1
    ABC4      21        -4.6000000200000004
    ABC4      22        -4.6000000200000004
    ABC4      23        -4.6000000200000004
    ABD4      5         1
    ABD4      21        -4.6000000200000004
    ABD4      22        -4.6000000200000004
    ABD4      24        -4.6000000200000004
    ABE4      5         1
    ABE4      21        -4.6000000200000004
    ABE4      22        -4.6000000200000004
    ABE4      25        -4.6000000200000004
    ACD4      5         1
    ACD4      21        -4.6000000200000004
    ACD4      23        -4.6000000200000004
    ACD4      24        -4.6000000200000004
    ACE4      5         1
    ACE4      21        -4.6000000200000004
    ACE4      23        -4.6000000200000004
    ACE4      25        -4.6000000200000004
    ADE4      5         1
    ADE4      21        -4.6000000200000004
    ADE4      24        -4.6000000200000004
    ADE4      25        -4.6000000200000004
    BCD4      5         1
    BCD4      22        -4.6000000200000004
    BCD4      23        -4.6000000200000004
    BCD4      24        -4.6000000200000004
    BCE4      5         1
    BCE4      22        -4.6000000200000004
    BCE4      23        -4.6000000200000004
    BCE4      25        -4.6000000200000004
    BDE4      5         1
    BDE4      22        -4.6000000200000004
    BDE4      24        -4.6000000200000004
    BDE4      25        -4.6000000200000004
    CDE4      5         1
    CDE4      23        -4.6000000200000004
    CDE4      24        -4.6000000200000004
    CDE4      25        -4.6000000200000004
    MARK0001  'MARKER'                 'INTEND'
    TA1       1         3
    TA1       6         1
    TA1       11        -1
    TA2       1         3
    TA2       11        1
    TA2       16        -1
    TA3       1         3
    TA3       16        1
    TA3       21        -1
    TA4       1         3
    TA4       21        1
    TB1       1         3
    TB1       7         1
    TB1       12        -1
    TB2       1         3
    TB2       12        1
    TB2       17        -1
    TB3       1         3
    TB3       17        1
    TB3       22        -1
    TB4       1         3
    TB4       22        1
    TC1       1         3
    TC1       8         1
    TC1       13        -1
    TC2       1         3
    TC2       13        1
    TC2       18        -1
    TC3       1         3
    TC3       18        1
    TC3       23        -1
    TC4       1         3
    TC4       23        1
    TD1       1         3
    TD1       9         1
    TD1       14        -1
    TD2       1         3
    TD2       14        1
    TD2       19        -1
    TD3       1         3
    TD3       19        1
    TD3       24        -1
    TD4       1         3
    TD4       24        1
    TE1       1         3
    TE1       10        1
    TE1       15        -1
    TE2       1         3
    TE2       15        1
    TE2       20        -1
    TE3       1         3
    TE3       20        1
    TE3       25        -1
    TE4       1         3
    TE4       25        1
    UA1       1         1
    UA1       6         1
    UA1       11        -1
    UA2       1         1
    UA2       11        1
    UA2       16        -1
    UA3       1         1
    UA3       16        1
    UA3       21        -1
    UA4       1         1
    UA4       21        1
    UB1       1         1
    UB1       7         1
    UB1       12        -1
    UB2       1         1
    UB2       12        1
    UB2       17        -1
    UB3       1         1
    UB3       17        1
    UB3       22        -1
    UB4       1         1
    UB4       22        1
    UC1       1         1
    UC1       8         1
    UC1       13        -1
    UC2       1         1
    UC2       13        1
    UC2       18        -1
    UC3       1         1
    UC3       18        1
    UC3       23        -1
    UC4       1         1
    UC4       23        1
    UD1       1         1
    UD1       9         1
    UD1       14        -1
    UD2       1         1
    UD2       14        1
    UD2       19        -1
    UD3       1         1
    UD3       19        1
    UD3       24        -1
    UD4       1         1
    UD4       24        1
    UE1       1         1
    UE1       10        1
    UE1       15        -1
    UE2       1         1
    UE2       15        1
    UE2       20        -1
    UE3       1         1
    UE3       20        1
    UE3       25        -1
    UE4       1         1
    UE4       25        1
    VA1       1         1
    VA1       6         -1
    VA1       11        1
    VA2       1         1
    VA2       11        -1
    VA2       16        1
    VA3       1         1
    VA3       16        -1
    VA3       21        1
    VA4       1         1
    VA4       21        -1
    VB1       1         1
    VB1       7         -1
    VB1       12        1
    VB2       1         1
    VB2       12        -1
    VB2       17        1
    VB3       1         1
    VB3       17        -1
    VB3       22        1
    VB4       1         1
    VB4       22        -1
    VC1       1         1
    VC1       8         -1
    VC1       13        1
    VC2       1         1
    VC2       13        -1
    VC2       18        1
    VC3       1         1
    VC3       18        -1
    VC3       23        1
    VC4       1         1
    VC4       23        -1
    VD1       1         1
    VD1       9         -1
    VD1       14        1
    VD2       1         1
    VD2       14        -1
    VD2       19        1
    VD3       1         1
    VD3       19        -1
    VD3       24        1
    VD4       1         1
    VD4       24        -1
    VE1       1         1
    VE1       10        -1
    VE1       15        1
    VE2       1         1
    VE2       15        -1
    VE2       20        1
    VE3       1         1
    VE3       20        -1
    VE3       25        1
    VE4       1         1
    VE4       25        -1
    WA1       1         3
    WA1       6         -1
    WA1       11        1
    WA2       1         3
    WA2       11        -1
    WA2       16        1
    WA3       1         3
    WA3       16        -1
    WA3       21        1
    WA4       1         3
    WA4       21        -1
    WB1       1         3
    WB1       7         -1
    WB1       12        1
    WB2       1         3
    WB2       12        -1
    WB2       17        1
    WB3       1         3
    WB3       17        -1
    WB3       22        1
    WB4       1         3
    WB4       22        -1
    WC1       1         3
    WC1       8         -1
    WC1       13        1
    WC2       1         3
    WC2       13        -1
    WC2       18        1
    WC3       1         3
    WC3       18        -1
    WC3       23        1
    WC4       1         3
    WC4       23        -1
    WD1       1         3
    WD1       9         -1
    WD1       14        1
    WD2       1         3
    WD2       14        -1
    WD2       19        1
    WD3       1         3
    WD3       19        -1
    WD3       24        1
    WD4       1         3
    WD4       24        -1
    WE1       1         3
    WE1       10        -1
    WE1       15        1
    WE2       1         3
    WE2       15        -1
    WE2       20        1
    WE3       1         3
    WE3       20        -1
    WE3       25        1
    WE4       1         3
    WE4       25        -1
RHS
    RHS_V     2         1
    RHS_V     3         1
    RHS_V     4         1
    RHS_V     5         1
    RHS_V     6         -3.5
    RHS_V     7         -3.5
    RHS_V     8         -3.5
    RHS_V     9         -3.5
    RHS_V     10        -3.5
    RHS_V     11        -3.5
    RHS_V     12        -3.5
    RHS_V     13        -3.5
    RHS_V     14        -3.5
    RHS_V     15        -3.5
    RHS_V     16        -3.5
    RHS_V     17        -3.5
    RHS_V     18        -3.5
    RHS_V     19        -3.5
    RHS_V     20        -3.5
    RHS_V     21        -3.5
    RHS_V     22        -3.5
    RHS_V     23        -3.5
    RHS_V     24        -3.5
    RHS_V     25        -3.5
BOUNDS
 BV BOUND     A1      
 BV BOUND     B1      
 BV BOUND     C1      
 BV BOUND     D1      
 BV BOUND     E1      
 BV BOUND     AB1     
 BV BOUND     AC1     
 BV BOUND     AD1     
 BV BOUND     AE1     
 BV BOUND     BC1     
 BV BOUND     BD1     
 BV BOUND     BE1     
 BV BOUND     CD1     
 BV BOUND     CE1     
 BV BOUND     DE1     
 BV BOUND     ABC1    
 BV BOUND     ABD1    
 BV BOUND     ABE1    
 BV BOUND     ACD1    
 BV BOUND     ACE1    
 BV BOUND     ADE1    
 BV BOUND     BCD1    
 BV BOUND     BCE1    
 BV BOUND     BDE1    
 BV BOUND     CDE1    
 BV BOUND     A2      
 BV BOUND     B2      
 BV BOUND     C2      
 BV BOUND     D2      
 BV BOUND     E2      
 BV BOUND     AB2     
 BV BOUND     AC2     
 BV BOUND     AD2     
 BV BOUND     AE2     
 BV BOUND     BC2     
 BV BOUND     BD2     
 BV BOUND     BE2     
 BV BOUND     CD2     
 BV BOUND     CE2     
 BV BOUND     DE2     
 BV BOUND     ABC2    
 BV BOUND     ABD2    
 BV BOUND     ABE2    
 BV BOUND     ACD2    
 BV BOUND     ACE2    
 BV BOUND     ADE2    
 BV BOUND     BCD2    
 BV BOUND     BCE2    
 BV BOUND     BDE2    
 BV BOUND     CDE2    
 BV BOUND     A3      
 BV BOUND     B3      
 BV BOUND     C3      
 BV BOUND     D3      
 BV BOUND     E3      
 BV BOUND     AB3     
 BV BOUND     AC3     
 BV BOUND     AD3     
 BV BOUND     AE3     
 BV BOUND     BC3     
 BV BOUND     BD3     
 BV BOUND     BE3     
 BV BOUND     CD3     
 BV BOUND     CE3     
 BV BOUND     DE3     
 BV BOUND     ABC3    
 BV BOUND     ABD3    
 BV BOUND     ABE3    
 BV BOUND     ACD3    
 BV BOUND     ACE3    
 BV BOUND     ADE3    
 BV BOUND     BCD3    
 BV BOUND     BCE3    
 BV BOUND     BDE3    
 BV BOUND     CDE3    
 BV BOUND     A4      
 BV BOUND     B4      
 BV BOUND     C4      
 BV BOUND     D4      
 BV BOUND     E4      
 BV BOUND     AB4     
 BV BOUND     AC4     
 BV BOUND     AD4     
 BV BOUND     AE4     
 BV BOUND     BC4     
 BV BOUND     BD4     
 BV BOUND     BE4     
 BV BOUND     CD4     
 BV BOUND     CE4     
 BV BOUND     DE4     
 BV BOUND     ABC4    
 BV BOUND     ABD4    
 BV BOUND     ABE4    
 BV BOUND     ACD4    
 BV BOUND     ACE4    
 BV BOUND     ADE4    
 BV BOUND     BCD4    
 BV BOUND     BCE4    
 BV BOUND     BDE4    
 BV BOUND     CDE4    
 UP BOUND     TA1       100
 UP BOUND     TA2       100
 UP BOUND     TA3       100
 UP BOUND     TA4       100
 UP BOUND     TB1       100
 UP BOUND     TB2       100
 UP BOUND     TB3       100
 UP BOUND     TB4       100
 UP BOUND     TC1       100
 UP BOUND     TC2       100
 UP BOUND     TC3       100
 UP BOUND     TC4       100
 UP BOUND     TD1       100
 UP BOUND     TD2       100
 UP BOUND     TD3       100
 UP BOUND     TD4       100
 UP BOUND     TE1       100
 UP BOUND     TE2       100
 UP BOUND     TE3       100
 UP BOUND     TE4       100
 UP BOUND     UA1       2
 UP BOUND     UA2       2
 UP BOUND     UA3       2
 UP BOUND     UA4       2
 UP BOUND     UB1       2
 UP BOUND     UB2       2
 UP BOUND     UB3       2
 UP BOUND     UB4       2
 UP BOUND     UC1       2
 UP BOUND     UC2       2
 UP BOUND     UC3       2
 UP BOUND     UC4       2
 UP BOUND     UD1       2
 UP BOUND     UD2       2
 UP BOUND     UD3       2
 UP BOUND     UD4       2
 UP BOUND     UE1       2
 UP BOUND     UE2       2
 UP BOUND     UE3       2
 UP BOUND     UE4       2
 UP BOUND     VA1       2
 UP BOUND     VA2       2
 UP BOUND     VA3       2
 UP BOUND     VA4       2
 UP BOUND     VB1       2
 UP BOUND     VB2       2
 UP BOUND     VB3       2
 UP BOUND     VB4       2
 UP BOUND     VC1       2
 UP BOUND     VC2       2
 UP BOUND     VC3       2
 UP BOUND     VC4       2
 UP BOUND     VD1       2
 UP BOUND     VD2       2
 UP BOUND     VD3       2
 UP BOUND     VD4       2
 UP BOUND     VE1       2
 UP BOUND     VE2       2
 UP BOUND     VE3       2
 UP BOUND     VE4       2
 UP BOUND     WA1       100
 UP BOUND     WA2       100
 UP BOUND     WA3       100
 UP BOUND     WA4       100
 UP BOUND     WB1       100
 UP BOUND     WB2       100
 UP BOUND     WB3       100
 UP BOUND     WB4       100
 UP BOUND     WC1       100
 UP BOUND     WC2       100
 UP BOUND     WC3       100
 UP BOUND     WC4       100
 UP BOUND     WD1       100
 UP BOUND     WD2       100
 UP BOUND     WD3       100
 UP BOUND     WD4       100
 UP BOUND     WE1       100
 UP BOUND     WE2       100
 UP BOUND     WE3       100
 UP BOUND     WE4       100
ENDATA
