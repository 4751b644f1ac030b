*SENSE:Minimize
NAME          FLUGPL
ROWS
 N  KOSTEN
 E  ANZ1
 G  STD1
 L  UEB1
 E  ANZ2
 G  STD2
 L  UEB2
 E  ANZ3
 G  STD3
 L  UEB3
 E  ANZ4
 G  STD4
 L  UEB4
 E  ANZ5
 G  STD5
 L  UEB5
 E  ANZ6
 G  STD6
 L  UEB6
COLUMNS
    MARK      'MARKER'                 'INTORG'
    ANM1      STD1      -1.000000000000e+02
    ANM1      ANZ2       1.000000000000e+00
    ANM1      KOSTEN     1.500000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ANM2      STD2      -1.000000000000e+02
    ANM2      ANZ3       1.000000000000e+00
    ANM2      KOSTEN     1.500000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ANM3      STD3      -1.000000000000e+02
    ANM3      ANZ4       1.000000000000e+00
    ANM3      KOSTEN     1.500000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ANM4      STD4      -1.000000000000e+02
    ANM4      ANZ5       1.000000000000e+00
    ANM4      KOSTEN     1.500000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ANM5      STD5      -1.000000000000e+02
    ANM5      ANZ6       1.000000000000e+00
    ANM5      KOSTEN     1.500000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    ANM6      STD6      -1.000000000000e+02
    ANM6      KOSTEN     1.500000000000e+03
    MARK      'MARKER'                 'INTEND'
    STM1      ANZ1       1.000000000000e+00
    STM1      STD1       1.500000000000e+02
    STM1      UEB1      -2.000000000000e+01
    STM1      ANZ2       9.000000000000e-01
    STM1      KOSTEN     2.700000000000e+03
    MARK      'MARKER'                 'INTORG'
    STM2      ANZ2      -1.000000000000e+00
    STM2      STD2       1.500000000000e+02
    STM2      UEB2      -2.000000000000e+01
    STM2      ANZ3       9.000000000000e-01
    STM2      KOSTEN     2.700000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    STM3      ANZ3      -1.000000000000e+00
    STM3      STD3       1.500000000000e+02
    STM3      UEB3      -2.000000000000e+01
    STM3      ANZ4       9.000000000000e-01
    STM3      KOSTEN     2.700000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    STM4      ANZ4      -1.000000000000e+00
    STM4      STD4       1.500000000000e+02
    STM4      UEB4      -2.000000000000e+01
    STM4      ANZ5       9.000000000000e-01
    STM4      KOSTEN     2.700000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    STM5      ANZ5      -1.000000000000e+00
    STM5      STD5       1.500000000000e+02
    STM5      UEB5      -2.000000000000e+01
    STM5      ANZ6       9.000000000000e-01
    STM5      KOSTEN     2.700000000000e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    STM6      ANZ6      -1.000000000000e+00
    STM6      STD6       1.500000000000e+02
    STM6      UEB6      -2.000000000000e+01
    STM6      KOSTEN     2.700000000000e+03
    MARK      'MARKER'                 'INTEND'
    UE1       STD1       1.000000000000e+00
    UE1       UEB1       1.000000000000e+00
    UE1       KOSTEN     3.000000000000e+01
    UE2       STD2       1.000000000000e+00
    UE2       UEB2       1.000000000000e+00
    UE2       KOSTEN     3.000000000000e+01
    UE3       STD3       1.000000000000e+00
    UE3       UEB3       1.000000000000e+00
    UE3       KOSTEN     3.000000000000e+01
    UE4       STD4       1.000000000000e+00
    UE4       UEB4       1.000000000000e+00
    UE4       KOSTEN     3.000000000000e+01
    UE5       STD5       1.000000000000e+00
    UE5       UEB5       1.000000000000e+00
    UE5       KOSTEN     3.000000000000e+01
    UE6       STD6       1.000000000000e+00
    UE6       UEB6       1.000000000000e+00
    UE6       KOSTEN     3.000000000000e+01
RHS
    RHS       ANZ1       6.000000000000e+01
    RHS       STD1       8.000000000000e+03
    RHS       UEB1       0.000000000000e+00
    RHS       ANZ2       0.000000000000e+00
    RHS       STD2       9.000000000000e+03
    RHS       UEB2       0.000000000000e+00
    RHS       ANZ3       0.000000000000e+00
    RHS       STD3       8.000000000000e+03
    RHS       UEB3       0.000000000000e+00
    RHS       ANZ4       0.000000000000e+00
    RHS       STD4       1.000000000000e+04
    RHS       UEB4       0.000000000000e+00
    RHS       ANZ5       0.000000000000e+00
    RHS       STD5       9.000000000000e+03
    RHS       UEB5       0.000000000000e+00
    RHS       ANZ6       0.000000000000e+00
    RHS       STD6       1.200000000000e+04
    RHS       UEB6       0.000000000000e+00
BOUNDS
 UP BND       ANM1       1.800000000000e+01
 UP BND       ANM2       1.800000000000e+01
 UP BND       ANM3       1.800000000000e+01
 UP BND       ANM4       1.800000000000e+01
 UP BND       ANM5       1.800000000000e+01
 UP BND       ANM6       1.800000000000e+01
 LO BND       STM2       5.700000000000e+01
 UP BND       STM2       7.500000000000e+01
 LO BND       STM3       5.700000000000e+01
 UP BND       STM3       7.500000000000e+01
 LO BND       STM4       5.700000000000e+01
 UP BND       STM4       7.500000000000e+01
 LO BND       STM5       5.700000000000e+01
 UP BND       STM5       7.500000000000e+01
 LO BND       STM6       5.700000000000e+01
 UP BND       STM6       7.500000000000e+01
ENDATA
