*SENSE:Minimize
NAME          RGN
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
    MARK      'MARKER'                 'INTORG'
    A1        2          1.000000000000e+00
    A1        6         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    A2        3          1.000000000000e+00
    A2        11        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    A3        4          1.000000000000e+00
    A3        16        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    A4        5          1.000000000000e+00
    A4        21        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AB1       2          1.000000000000e+00
    AB1       6         -4.600000020000e+00
    AB1       7         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AB2       3          1.000000000000e+00
    AB2       11        -4.600000020000e+00
    AB2       12        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AB3       4          1.000000000000e+00
    AB3       16        -4.600000020000e+00
    AB3       17        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AB4       5          1.000000000000e+00
    AB4       21        -4.600000020000e+00
    AB4       22        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABC1      2          1.000000000000e+00
    ABC1      6         -4.600000020000e+00
    ABC1      7         -4.600000020000e+00
    ABC1      8         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABC2      3          1.000000000000e+00
    ABC2      11        -4.600000020000e+00
    ABC2      12        -4.600000020000e+00
    ABC2      13        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABC3      4          1.000000000000e+00
    ABC3      16        -4.600000020000e+00
    ABC3      17        -4.600000020000e+00
    ABC3      18        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABC4      5          1.000000000000e+00
    ABC4      21        -4.600000020000e+00
    ABC4      22        -4.600000020000e+00
    ABC4      23        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABD1      2          1.000000000000e+00
    ABD1      6         -4.600000020000e+00
    ABD1      7         -4.600000020000e+00
    ABD1      9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABD2      3          1.000000000000e+00
    ABD2      11        -4.600000020000e+00
    ABD2      12        -4.600000020000e+00
    ABD2      14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABD3      4          1.000000000000e+00
    ABD3      16        -4.600000020000e+00
    ABD3      17        -4.600000020000e+00
    ABD3      19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABD4      5          1.000000000000e+00
    ABD4      21        -4.600000020000e+00
    ABD4      22        -4.600000020000e+00
    ABD4      24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABE1      2          1.000000000000e+00
    ABE1      6         -4.600000020000e+00
    ABE1      7         -4.600000020000e+00
    ABE1      10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABE2      3          1.000000000000e+00
    ABE2      11        -4.600000020000e+00
    ABE2      12        -4.600000020000e+00
    ABE2      15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABE3      4          1.000000000000e+00
    ABE3      16        -4.600000020000e+00
    ABE3      17        -4.600000020000e+00
    ABE3      20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ABE4      5          1.000000000000e+00
    ABE4      21        -4.600000020000e+00
    ABE4      22        -4.600000020000e+00
    ABE4      25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AC1       2          1.000000000000e+00
    AC1       6         -4.600000020000e+00
    AC1       8         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AC2       3          1.000000000000e+00
    AC2       11        -4.600000020000e+00
    AC2       13        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AC3       4          1.000000000000e+00
    AC3       16        -4.600000020000e+00
    AC3       18        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AC4       5          1.000000000000e+00
    AC4       21        -4.600000020000e+00
    AC4       23        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACD1      2          1.000000000000e+00
    ACD1      6         -4.600000020000e+00
    ACD1      8         -4.600000020000e+00
    ACD1      9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACD2      3          1.000000000000e+00
    ACD2      11        -4.600000020000e+00
    ACD2      13        -4.600000020000e+00
    ACD2      14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACD3      4          1.000000000000e+00
    ACD3      16        -4.600000020000e+00
    ACD3      18        -4.600000020000e+00
    ACD3      19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACD4      5          1.000000000000e+00
    ACD4      21        -4.600000020000e+00
    ACD4      23        -4.600000020000e+00
    ACD4      24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACE1      2          1.000000000000e+00
    ACE1      6         -4.600000020000e+00
    ACE1      8         -4.600000020000e+00
    ACE1      10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACE2      3          1.000000000000e+00
    ACE2      11        -4.600000020000e+00
    ACE2      13        -4.600000020000e+00
    ACE2      15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACE3      4          1.000000000000e+00
    ACE3      16        -4.600000020000e+00
    ACE3      18        -4.600000020000e+00
    ACE3      20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ACE4      5          1.000000000000e+00
    ACE4      21        -4.600000020000e+00
    ACE4      23        -4.600000020000e+00
    ACE4      25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AD1       2          1.000000000000e+00
    AD1       6         -4.600000020000e+00
    AD1       9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AD2       3          1.000000000000e+00
    AD2       11        -4.600000020000e+00
    AD2       14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AD3       4          1.000000000000e+00
    AD3       16        -4.600000020000e+00
    AD3       19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AD4       5          1.000000000000e+00
    AD4       21        -4.600000020000e+00
    AD4       24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ADE1      2          1.000000000000e+00
    ADE1      6         -4.600000020000e+00
    ADE1      9         -4.600000020000e+00
    ADE1      10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ADE2      3          1.000000000000e+00
    ADE2      11        -4.600000020000e+00
    ADE2      14        -4.600000020000e+00
    ADE2      15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ADE3      4          1.000000000000e+00
    ADE3      16        -4.600000020000e+00
    ADE3      19        -4.600000020000e+00
    ADE3      20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ADE4      5          1.000000000000e+00
    ADE4      21        -4.600000020000e+00
    ADE4      24        -4.600000020000e+00
    ADE4      25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AE1       2          1.000000000000e+00
    AE1       6         -4.600000020000e+00
    AE1       10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AE2       3          1.000000000000e+00
    AE2       11        -4.600000020000e+00
    AE2       15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AE3       4          1.000000000000e+00
    AE3       16        -4.600000020000e+00
    AE3       20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    AE4       5          1.000000000000e+00
    AE4       21        -4.600000020000e+00
    AE4       25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    B1        2          1.000000000000e+00
    B1        7         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    B2        3          1.000000000000e+00
    B2        12        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    B3        4          1.000000000000e+00
    B3        17        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    B4        5          1.000000000000e+00
    B4        22        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BC1       2          1.000000000000e+00
    BC1       7         -4.600000020000e+00
    BC1       8         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BC2       3          1.000000000000e+00
    BC2       12        -4.600000020000e+00
    BC2       13        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BC3       4          1.000000000000e+00
    BC3       17        -4.600000020000e+00
    BC3       18        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BC4       5          1.000000000000e+00
    BC4       22        -4.600000020000e+00
    BC4       23        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCD1      2          1.000000000000e+00
    BCD1      7         -4.600000020000e+00
    BCD1      8         -4.600000020000e+00
    BCD1      9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCD2      3          1.000000000000e+00
    BCD2      12        -4.600000020000e+00
    BCD2      13        -4.600000020000e+00
    BCD2      14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCD3      4          1.000000000000e+00
    BCD3      17        -4.600000020000e+00
    BCD3      18        -4.600000020000e+00
    BCD3      19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCD4      5          1.000000000000e+00
    BCD4      22        -4.600000020000e+00
    BCD4      23        -4.600000020000e+00
    BCD4      24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCE1      2          1.000000000000e+00
    BCE1      7         -4.600000020000e+00
    BCE1      8         -4.600000020000e+00
    BCE1      10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCE2      3          1.000000000000e+00
    BCE2      12        -4.600000020000e+00
    BCE2      13        -4.600000020000e+00
    BCE2      15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCE3      4          1.000000000000e+00
    BCE3      17        -4.600000020000e+00
    BCE3      18        -4.600000020000e+00
    BCE3      20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BCE4      5          1.000000000000e+00
    BCE4      22        -4.600000020000e+00
    BCE4      23        -4.600000020000e+00
    BCE4      25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BD1       2          1.000000000000e+00
    BD1       7         -4.600000020000e+00
    BD1       9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BD2       3          1.000000000000e+00
    BD2       12        -4.600000020000e+00
    BD2       14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BD3       4          1.000000000000e+00
    BD3       17        -4.600000020000e+00
    BD3       19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BD4       5          1.000000000000e+00
    BD4       22        -4.600000020000e+00
    BD4       24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BDE1      2          1.000000000000e+00
    BDE1      7         -4.600000020000e+00
    BDE1      9         -4.600000020000e+00
    BDE1      10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BDE2      3          1.000000000000e+00
    BDE2      12        -4.600000020000e+00
    BDE2      14        -4.600000020000e+00
    BDE2      15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BDE3      4          1.000000000000e+00
    BDE3      17        -4.600000020000e+00
    BDE3      19        -4.600000020000e+00
    BDE3      20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BDE4      5          1.000000000000e+00
    BDE4      22        -4.600000020000e+00
    BDE4      24        -4.600000020000e+00
    BDE4      25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BE1       2          1.000000000000e+00
    BE1       7         -4.600000020000e+00
    BE1       10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BE2       3          1.000000000000e+00
    BE2       12        -4.600000020000e+00
    BE2       15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BE3       4          1.000000000000e+00
    BE3       17        -4.600000020000e+00
    BE3       20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    BE4       5          1.000000000000e+00
    BE4       22        -4.600000020000e+00
    BE4       25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    C1        2          1.000000000000e+00
    C1        8         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    C2        3          1.000000000000e+00
    C2        13        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    C3        4          1.000000000000e+00
    C3        18        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    C4        5          1.000000000000e+00
    C4        23        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CD1       2          1.000000000000e+00
    CD1       8         -4.600000020000e+00
    CD1       9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CD2       3          1.000000000000e+00
    CD2       13        -4.600000020000e+00
    CD2       14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CD3       4          1.000000000000e+00
    CD3       18        -4.600000020000e+00
    CD3       19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CD4       5          1.000000000000e+00
    CD4       23        -4.600000020000e+00
    CD4       24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CDE1      2          1.000000000000e+00
    CDE1      8         -4.600000020000e+00
    CDE1      9         -4.600000020000e+00
    CDE1      10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CDE2      3          1.000000000000e+00
    CDE2      13        -4.600000020000e+00
    CDE2      14        -4.600000020000e+00
    CDE2      15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CDE3      4          1.000000000000e+00
    CDE3      18        -4.600000020000e+00
    CDE3      19        -4.600000020000e+00
    CDE3      20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CDE4      5          1.000000000000e+00
    CDE4      23        -4.600000020000e+00
    CDE4      24        -4.600000020000e+00
    CDE4      25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CE1       2          1.000000000000e+00
    CE1       8         -4.600000020000e+00
    CE1       10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CE2       3          1.000000000000e+00
    CE2       13        -4.600000020000e+00
    CE2       15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CE3       4          1.000000000000e+00
    CE3       18        -4.600000020000e+00
    CE3       20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    CE4       5          1.000000000000e+00
    CE4       23        -4.600000020000e+00
    CE4       25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    D1        2          1.000000000000e+00
    D1        9         -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    D2        3          1.000000000000e+00
    D2        14        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    D3        4          1.000000000000e+00
    D3        19        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    D4        5          1.000000000000e+00
    D4        24        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    DE1       2          1.000000000000e+00
    DE1       9         -4.600000020000e+00
    DE1       10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    DE2       3          1.000000000000e+00
    DE2       14        -4.600000020000e+00
    DE2       15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    DE3       4          1.000000000000e+00
    DE3       19        -4.600000020000e+00
    DE3       20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    DE4       5          1.000000000000e+00
    DE4       24        -4.600000020000e+00
    DE4       25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    E1        2          1.000000000000e+00
    E1        10        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    E2        3          1.000000000000e+00
    E2        15        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    E3        4          1.000000000000e+00
    E3        20        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    E4        5          1.000000000000e+00
    E4        25        -4.600000020000e+00
    MARK      'MARKER'                 'INTEND'
    TA1       6          1.000000000000e+00
    TA1       11        -1.000000000000e+00
    TA1       1          3.000000000000e+00
    TA2       11         1.000000000000e+00
    TA2       16        -1.000000000000e+00
    TA2       1          3.000000000000e+00
    TA3       16         1.000000000000e+00
    TA3       21        -1.000000000000e+00
    TA3       1          3.000000000000e+00
    TA4       21         1.000000000000e+00
    TA4       1          3.000000000000e+00
    TB1       7          1.000000000000e+00
    TB1       12        -1.000000000000e+00
    TB1       1          3.000000000000e+00
    TB2       12         1.000000000000e+00
    TB2       17        -1.000000000000e+00
    TB2       1          3.000000000000e+00
    TB3       17         1.000000000000e+00
    TB3       22        -1.000000000000e+00
    TB3       1          3.000000000000e+00
    TB4       22         1.000000000000e+00
    TB4       1          3.000000000000e+00
    TC1       8          1.000000000000e+00
    TC1       13        -1.000000000000e+00
    TC1       1          3.000000000000e+00
    TC2       13         1.000000000000e+00
    TC2       18        -1.000000000000e+00
    TC2       1          3.000000000000e+00
    TC3       18         1.000000000000e+00
    TC3       23        -1.000000000000e+00
    TC3       1          3.000000000000e+00
    TC4       23         1.000000000000e+00
    TC4       1          3.000000000000e+00
    TD1       9          1.000000000000e+00
    TD1       14        -1.000000000000e+00
    TD1       1          3.000000000000e+00
    TD2       14         1.000000000000e+00
    TD2       19        -1.000000000000e+00
    TD2       1          3.000000000000e+00
    TD3       19         1.000000000000e+00
    TD3       24        -1.000000000000e+00
    TD3       1          3.000000000000e+00
    TD4       24         1.000000000000e+00
    TD4       1          3.000000000000e+00
    TE1       10         1.000000000000e+00
    TE1       15        -1.000000000000e+00
    TE1       1          3.000000000000e+00
    TE2       15         1.000000000000e+00
    TE2       20        -1.000000000000e+00
    TE2       1          3.000000000000e+00
    TE3       20         1.000000000000e+00
    TE3       25        -1.000000000000e+00
    TE3       1          3.000000000000e+00
    TE4       25         1.000000000000e+00
    TE4       1          3.000000000000e+00
    UA1       6          1.000000000000e+00
    UA1       11        -1.000000000000e+00
    UA1       1          1.000000000000e+00
    UA2       11         1.000000000000e+00
    UA2       16        -1.000000000000e+00
    UA2       1          1.000000000000e+00
    UA3       16         1.000000000000e+00
    UA3       21        -1.000000000000e+00
    UA3       1          1.000000000000e+00
    UA4       21         1.000000000000e+00
    UA4       1          1.000000000000e+00
    UB1       7          1.000000000000e+00
    UB1       12        -1.000000000000e+00
    UB1       1          1.000000000000e+00
    UB2       12         1.000000000000e+00
    UB2       17        -1.000000000000e+00
    UB2       1          1.000000000000e+00
    UB3       17         1.000000000000e+00
    UB3       22        -1.000000000000e+00
    UB3       1          1.000000000000e+00
    UB4       22         1.000000000000e+00
    UB4       1          1.000000000000e+00
    UC1       8          1.000000000000e+00
    UC1       13        -1.000000000000e+00
    UC1       1          1.000000000000e+00
    UC2       13         1.000000000000e+00
    UC2       18        -1.000000000000e+00
    UC2       1          1.000000000000e+00
    UC3       18         1.000000000000e+00
    UC3       23        -1.000000000000e+00
    UC3       1          1.000000000000e+00
    UC4       23         1.000000000000e+00
    UC4       1          1.000000000000e+00
    UD1       9          1.000000000000e+00
    UD1       14        -1.000000000000e+00
    UD1       1          1.000000000000e+00
    UD2       14         1.000000000000e+00
    UD2       19        -1.000000000000e+00
    UD2       1          1.000000000000e+00
    UD3       19         1.000000000000e+00
    UD3       24        -1.000000000000e+00
    UD3       1          1.000000000000e+00
    UD4       24         1.000000000000e+00
    UD4       1          1.000000000000e+00
    UE1       10         1.000000000000e+00
    UE1       15        -1.000000000000e+00
    UE1       1          1.000000000000e+00
    UE2       15         1.000000000000e+00
    UE2       20        -1.000000000000e+00
    UE2       1          1.000000000000e+00
    UE3       20         1.000000000000e+00
    UE3       25        -1.000000000000e+00
    UE3       1          1.000000000000e+00
    UE4       25         1.000000000000e+00
    UE4       1          1.000000000000e+00
    VA1       6         -1.000000000000e+00
    VA1       11         1.000000000000e+00
    VA1       1          1.000000000000e+00
    VA2       11        -1.000000000000e+00
    VA2       16         1.000000000000e+00
    VA2       1          1.000000000000e+00
    VA3       16        -1.000000000000e+00
    VA3       21         1.000000000000e+00
    VA3       1          1.000000000000e+00
    VA4       21        -1.000000000000e+00
    VA4       1          1.000000000000e+00
    VB1       7         -1.000000000000e+00
    VB1       12         1.000000000000e+00
    VB1       1          1.000000000000e+00
    VB2       12        -1.000000000000e+00
    VB2       17         1.000000000000e+00
    VB2       1          1.000000000000e+00
    VB3       17        -1.000000000000e+00
    VB3       22         1.000000000000e+00
    VB3       1          1.000000000000e+00
    VB4       22        -1.000000000000e+00
    VB4       1          1.000000000000e+00
    VC1       8         -1.000000000000e+00
    VC1       13         1.000000000000e+00
    VC1       1          1.000000000000e+00
    VC2       13        -1.000000000000e+00
    VC2       18         1.000000000000e+00
    VC2       1          1.000000000000e+00
    VC3       18        -1.000000000000e+00
    VC3       23         1.000000000000e+00
    VC3       1          1.000000000000e+00
    VC4       23        -1.000000000000e+00
    VC4       1          1.000000000000e+00
    VD1       9         -1.000000000000e+00
    VD1       14         1.000000000000e+00
    VD1       1          1.000000000000e+00
    VD2       14        -1.000000000000e+00
    VD2       19         1.000000000000e+00
    VD2       1          1.000000000000e+00
    VD3       19        -1.000000000000e+00
    VD3       24         1.000000000000e+00
    VD3       1          1.000000000000e+00
    VD4       24        -1.000000000000e+00
    VD4       1          1.000000000000e+00
    VE1       10        -1.000000000000e+00
    VE1       15         1.000000000000e+00
    VE1       1          1.000000000000e+00
    VE2       15        -1.000000000000e+00
    VE2       20         1.000000000000e+00
    VE2       1          1.000000000000e+00
    VE3       20        -1.000000000000e+00
    VE3       25         1.000000000000e+00
    VE3       1          1.000000000000e+00
    VE4       25        -1.000000000000e+00
    VE4       1          1.000000000000e+00
    WA1       6         -1.000000000000e+00
    WA1       11         1.000000000000e+00
    WA1       1          3.000000000000e+00
    WA2       11        -1.000000000000e+00
    WA2       16         1.000000000000e+00
    WA2       1          3.000000000000e+00
    WA3       16        -1.000000000000e+00
    WA3       21         1.000000000000e+00
    WA3       1          3.000000000000e+00
    WA4       21        -1.000000000000e+00
    WA4       1          3.000000000000e+00
    WB1       7         -1.000000000000e+00
    WB1       12         1.000000000000e+00
    WB1       1          3.000000000000e+00
    WB2       12        -1.000000000000e+00
    WB2       17         1.000000000000e+00
    WB2       1          3.000000000000e+00
    WB3       17        -1.000000000000e+00
    WB3       22         1.000000000000e+00
    WB3       1          3.000000000000e+00
    WB4       22        -1.000000000000e+00
    WB4       1          3.000000000000e+00
    WC1       8         -1.000000000000e+00
    WC1       13         1.000000000000e+00
    WC1       1          3.000000000000e+00
    WC2       13        -1.000000000000e+00
    WC2       18         1.000000000000e+00
    WC2       1          3.000000000000e+00
    WC3       18        -1.000000000000e+00
    WC3       23         1.000000000000e+00
    WC3       1          3.000000000000e+00
    WC4       23        -1.000000000000e+00
    WC4       1          3.000000000000e+00
    WD1       9         -1.000000000000e+00
    WD1       14         1.000000000000e+00
    WD1       1          3.000000000000e+00
    WD2       14        -1.000000000000e+00
    WD2       19         1.000000000000e+00
    WD2       1          3.000000000000e+00
    WD3       19        -1.000000000000e+00
    WD3       24         1.000000000000e+00
    WD3       1          3.000000000000e+00
    WD4       24        -1.000000000000e+00
    WD4       1          3.000000000000e+00
    WE1       10        -1.000000000000e+00
    WE1       15         1.000000000000e+00
    WE1       1          3.000000000000e+00
    WE2       15        -1.000000000000e+00
    WE2       20         1.000000000000e+00
    WE2       1          3.000000000000e+00
    WE3       20        -1.000000000000e+00
    WE3       25         1.000000000000e+00
    WE3       1          3.000000000000e+00
    WE4       25        -1.000000000000e+00
    WE4       1          3.000000000000e+00
RHS
    RHS       2          1.000000000000e+00
    RHS       3          1.000000000000e+00
    RHS       4          1.000000000000e+00
    RHS       5          1.000000000000e+00
    RHS       6         -3.500000000000e+00
    RHS       7         -3.500000000000e+00
    RHS       8         -3.500000000000e+00
    RHS       9         -3.500000000000e+00
    RHS       10        -3.500000000000e+00
    RHS       11        -3.500000000000e+00
    RHS       12        -3.500000000000e+00
    RHS       13        -3.500000000000e+00
    RHS       14        -3.500000000000e+00
    RHS       15        -3.500000000000e+00
    RHS       16        -3.500000000000e+00
    RHS       17        -3.500000000000e+00
    RHS       18        -3.500000000000e+00
    RHS       19        -3.500000000000e+00
    RHS       20        -3.500000000000e+00
    RHS       21        -3.500000000000e+00
    RHS       22        -3.500000000000e+00
    RHS       23        -3.500000000000e+00
    RHS       24        -3.500000000000e+00
    RHS       25        -3.500000000000e+00
BOUNDS
 BV BND       A1      
 BV BND       A2      
 BV BND       A3      
 BV BND       A4      
 BV BND       AB1     
 BV BND       AB2     
 BV BND       AB3     
 BV BND       AB4     
 BV BND       ABC1    
 BV BND       ABC2    
 BV BND       ABC3    
 BV BND       ABC4    
 BV BND       ABD1    
 BV BND       ABD2    
 BV BND       ABD3    
 BV BND       ABD4    
 BV BND       ABE1    
 BV BND       ABE2    
 BV BND       ABE3    
 BV BND       ABE4    
 BV BND       AC1     
 BV BND       AC2     
 BV BND       AC3     
 BV BND       AC4     
 BV BND       ACD1    
 BV BND       ACD2    
 BV BND       ACD3    
 BV BND       ACD4    
 BV BND       ACE1    
 BV BND       ACE2    
 BV BND       ACE3    
 BV BND       ACE4    
 BV BND       AD1     
 BV BND       AD2     
 BV BND       AD3     
 BV BND       AD4     
 BV BND       ADE1    
 BV BND       ADE2    
 BV BND       ADE3    
 BV BND       ADE4    
 BV BND       AE1     
 BV BND       AE2     
 BV BND       AE3     
 BV BND       AE4     
 BV BND       B1      
 BV BND       B2      
 BV BND       B3      
 BV BND       B4      
 BV BND       BC1     
 BV BND       BC2     
 BV BND       BC3     
 BV BND       BC4     
 BV BND       BCD1    
 BV BND       BCD2    
 BV BND       BCD3    
 BV BND       BCD4    
 BV BND       BCE1    
 BV BND       BCE2    
 BV BND       BCE3    
 BV BND       BCE4    
 BV BND       BD1     
 BV BND       BD2     
 BV BND       BD3     
 BV BND       BD4     
 BV BND       BDE1    
 BV BND       BDE2    
 BV BND       BDE3    
 BV BND       BDE4    
 BV BND       BE1     
 BV BND       BE2     
 BV BND       BE3     
 BV BND       BE4     
 BV BND       C1      
 BV BND       C2      
 BV BND       C3      
 BV BND       C4      
 BV BND       CD1     
 BV BND       CD2     
 BV BND       CD3     
 BV BND       CD4     
 BV BND       CDE1    
 BV BND       CDE2    
 BV BND       CDE3    
 BV BND       CDE4    
 BV BND       CE1     
 BV BND       CE2     
 BV BND       CE3     
 BV BND       CE4     
 BV BND       D1      
 BV BND       D2      
 BV BND       D3      
 BV BND       D4      
 BV BND       DE1     
 BV BND       DE2     
 BV BND       DE3     
 BV BND       DE4     
 BV BND       E1      
 BV BND       E2      
 BV BND       E3      
 BV BND       E4      
 UP BND       TA1        1.000000000000e+02
 UP BND       TA2        1.000000000000e+02
 UP BND       TA3        1.000000000000e+02
 UP BND       TA4        1.000000000000e+02
 UP BND       TB1        1.000000000000e+02
 UP BND       TB2        1.000000000000e+02
 UP BND       TB3        1.000000000000e+02
 UP BND       TB4        1.000000000000e+02
 UP BND       TC1        1.000000000000e+02
 UP BND       TC2        1.000000000000e+02
 UP BND       TC3        1.000000000000e+02
 UP BND       TC4        1.000000000000e+02
 UP BND       TD1        1.000000000000e+02
 UP BND       TD2        1.000000000000e+02
 UP BND       TD3        1.000000000000e+02
 UP BND       TD4        1.000000000000e+02
 UP BND       TE1        1.000000000000e+02
 UP BND       TE2        1.000000000000e+02
 UP BND       TE3        1.000000000000e+02
 UP BND       TE4        1.000000000000e+02
 UP BND       UA1        2.000000000000e+00
 UP BND       UA2        2.000000000000e+00
 UP BND       UA3        2.000000000000e+00
 UP BND       UA4        2.000000000000e+00
 UP BND       UB1        2.000000000000e+00
 UP BND       UB2        2.000000000000e+00
 UP BND       UB3        2.000000000000e+00
 UP BND       UB4        2.000000000000e+00
 UP BND       UC1        2.000000000000e+00
 UP BND       UC2        2.000000000000e+00
 UP BND       UC3        2.000000000000e+00
 UP BND       UC4        2.000000000000e+00
 UP BND       UD1        2.000000000000e+00
 UP BND       UD2        2.000000000000e+00
 UP BND       UD3        2.000000000000e+00
 UP BND       UD4        2.000000000000e+00
 UP BND       UE1        2.000000000000e+00
 UP BND       UE2        2.000000000000e+00
 UP BND       UE3        2.000000000000e+00
 UP BND       UE4        2.000000000000e+00
 UP BND       VA1        2.000000000000e+00
 UP BND       VA2        2.000000000000e+00
 UP BND       VA3        2.000000000000e+00
 UP BND       VA4        2.000000000000e+00
 UP BND       VB1        2.000000000000e+00
 UP BND       VB2        2.000000000000e+00
 UP BND       VB3        2.000000000000e+00
 UP BND       VB4        2.000000000000e+00
 UP BND       VC1        2.000000000000e+00
 UP BND       VC2        2.000000000000e+00
 UP BND       VC3        2.000000000000e+00
 UP BND       VC4        2.000000000000e+00
 UP BND       VD1        2.000000000000e+00
 UP BND       VD2        2.000000000000e+00
 UP BND       VD3        2.000000000000e+00
 UP BND       VD4        2.000000000000e+00
 UP BND       VE1        2.000000000000e+00
 UP BND       VE2        2.000000000000e+00
 UP BND       VE3        2.000000000000e+00
 UP BND       VE4        2.000000000000e+00
 UP BND       WA1        1.000000000000e+02
 UP BND       WA2        1.000000000000e+02
 UP BND       WA3        1.000000000000e+02
 UP BND       WA4        1.000000000000e+02
 UP BND       WB1        1.000000000000e+02
 UP BND       WB2        1.000000000000e+02
 UP BND       WB3        1.000000000000e+02
 UP BND       WB4        1.000000000000e+02
 UP BND       WC1        1.000000000000e+02
 UP BND       WC2        1.000000000000e+02
 UP BND       WC3        1.000000000000e+02
 UP BND       WC4        1.000000000000e+02
 UP BND       WD1        1.000000000000e+02
 UP BND       WD2        1.000000000000e+02
 UP BND       WD3        1.000000000000e+02
 UP BND       WD4        1.000000000000e+02
 UP BND       WE1        1.000000000000e+02
 UP BND       WE2        1.000000000000e+02
 UP BND       WE3        1.000000000000e+02
 UP BND       WE4        1.000000000000e+02
ENDATA
