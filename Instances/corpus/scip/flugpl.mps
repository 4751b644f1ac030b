* SCIP STATISTICS
*   Problem name     : FLUGPL
*   Variables        : 18 (0 binary, 11 integer, 0 implicit integer, 7 continuous)
*   Constraints      : 18
NAME          FLUGPL
OBJSENSE
  MIN
ROWS
 N  Obj 
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
    INTSTART  'MARKER'                            'INTORG'                           
    ANM1      ANZ2                             1  STD1                          -100 
    ANM1      Obj                           1500 
    STM2      UEB2                           -20  ANZ3                           0.9 
    STM2      Obj                           2700  ANZ2                            -1 
    STM2      STD2                           150 
    ANM2      Obj                           1500  STD2                          -100 
    ANM2      ANZ3                             1 
    STM3      Obj                           2700  UEB3                           -20 
    STM3      ANZ4                           0.9  STD3                           150 
    STM3      ANZ3                            -1 
    ANM3      Obj                           1500  STD3                          -100 
    ANM3      ANZ4                             1 
    STM4      STD4                           150  ANZ4                            -1 
    STM4      UEB4                           -20  Obj                           2700 
    STM4      ANZ5                           0.9 
    ANM4      STD4                          -100  Obj                           1500 
    ANM4      ANZ5                             1 
    STM5      Obj                           2700  UEB5                           -20 
    STM5      STD5                           150  ANZ5                            -1 
    STM5      ANZ6                           0.9 
    ANM5      Obj                           1500  ANZ6                             1 
    ANM5      STD5                          -100 
    STM6      ANZ6                            -1  UEB6                           -20 
    STM6      STD6                           150  Obj                           2700 
    ANM6      STD6                          -100  Obj                           1500 
    INTEND    'MARKER'                            'INTEND'                           
    STM1      ANZ2                           0.9  Obj                           2700 
    STM1      ANZ1                             1  UEB1                           -20 
    STM1      STD1                           150 
    UE1       STD1                             1  UEB1                             1 
    UE1       Obj                             30 
    UE2       UEB2                             1  STD2                             1 
    UE2       Obj                             30 
    UE3       Obj                             30  STD3                             1 
    UE3       UEB3                             1 
    UE4       UEB4                             1  STD4                             1 
    UE4       Obj                             30 
    UE5       STD5                             1  Obj                             30 
    UE5       UEB5                             1 
    UE6       STD6                             1  Obj                             30 
    UE6       UEB6                             1 
RHS
    RHS       ANZ1                            60  STD1                          8000 
    RHS       UEB1                             0  ANZ2                             0 
    RHS       STD2                          9000  UEB2                             0 
    RHS       ANZ3                             0  STD3                          8000 
    RHS       UEB3                             0  ANZ4                             0 
    RHS       STD4                         10000  UEB4                             0 
    RHS       ANZ5                             0  STD5                          9000 
    RHS       UEB5                             0  ANZ6                             0 
    RHS       STD6                         12000  UEB6                             0 
BOUNDS
 LO Bound     STM6                            57 
 UP Bound     STM6                            75 
 UP Bound     ANM5                            18 
 LO Bound     STM5                            57 
 UP Bound     STM5                            75 
 UP Bound     ANM4                            18 
 LO Bound     STM4                            57 
 UP Bound     STM4                            75 
 UP Bound     ANM3                            18 
 LO Bound     STM3                            57 
 UP Bound     STM3                            75 
 UP Bound     ANM2                            18 
 LO Bound     STM2                            57 
 UP Bound     STM2                            75 
 UP Bound     ANM1                            18 
 UP Bound     ANM6                            18 
 PL Bound     UE4                                
 PL Bound     UE1                                
 PL Bound     UE3                                
 PL Bound     UE5                                
 PL Bound     UE2                                
 PL Bound     STM1                               
 PL Bound     UE6                                
ENDATA