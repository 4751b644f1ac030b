NAME        flugpl
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
    STM1      KOSTEN    2700
    STM1      ANZ1      1
    STM1      STD1      150
    STM1      UEB1      -20
    STM1      ANZ2      0.90000000000000002
    MARK0000  'MARKER'                 'INTORG'
    ANM1      KOSTEN    1500
    ANM1      STD1      -100
    ANM1      ANZ2      1
    MARK0001  'MARKER'                 'INTEND'
    UE1       KOSTEN    30
    UE1       STD1      1
    UE1       UEB1      1
    MARK0002  'MARKER'                 'INTORG'
    STM2      KOSTEN    2700
    STM2      ANZ2      -1
    STM2      STD2      150
    STM2      UEB2      -20
    STM2      ANZ3      0.90000000000000002
    ANM2      KOSTEN    1500
    ANM2      STD2      -100
    ANM2      ANZ3      1
    MARK0003  'MARKER'                 'INTEND'
    UE2       KOSTEN    30
    UE2       STD2      1
    UE2       UEB2      1
    MARK0004  'MARKER'                 'INTORG'
    STM3      KOSTEN    2700
    STM3      ANZ3      -1
    STM3      STD3      150
    STM3      UEB3      -20
    STM3      ANZ4      0.90000000000000002
    ANM3      KOSTEN    1500
    ANM3      STD3      -100
    ANM3      ANZ4      1
    MARK0005  'MARKER'                 'INTEND'
    UE3       KOSTEN    30
    UE3       STD3      1
    UE3       UEB3      1
    MARK0006  'MARKER'                 'INTORG'
    STM4      KOSTEN    2700
    STM4      ANZ4      -1
    STM4      STD4      150
    STM4      UEB4      -20
    STM4      ANZ5      0.90000000000000002
    ANM4      KOSTEN    1500
    ANM4      STD4      -100
    ANM4      ANZ5      1
    MARK0007  'MARKER'                 'INTEND'
    UE4       KOSTEN    30
    UE4       STD4      1
    UE4       UEB4      1
    MARK0008  'MARKER'                 'INTORG'
    STM5      KOSTEN    2700
    STM5      ANZ5      -1
    STM5      STD5      150
    STM5      UEB5      -20
    STM5      ANZ6      0.90000000000000002
    ANM5      KOSTEN    1500
    ANM5      STD5      -100
    ANM5      ANZ6      1
    MARK0009  'MARKER'                 'INTEND'
    UE5       KOSTEN    30
    UE5       STD5      1
    UE5       UEB5      1
    MARK0010  'MARKER'                 'INTORG'
    STM6      KOSTEN    2700
    STM6      ANZ6      -1
    STM6      STD6      150
    STM6      UEB6      -20
    ANM6      KOSTEN    1500
    ANM6      STD6      -100
    MARK0011  'MARKER'                 'INTEND'
    UE6       KOSTEN    30
    UE6       STD6      1
    UE6       UEB6      1
RHS
    RHS_V     ANZ1      60
    RHS_V     STD1      8000
    RHS_V     STD2      9000
    RHS_V     STD3      8000
    RHS_V     STD4      10000
    RHS_V     STD5      9000
    RHS_V     STD6      12000
BOUNDS
 UI BOUND     ANM1      18
 LI BOUND     STM2      57
 UI BOUND     STM2      75
 UI BOUND     ANM2      18
 LI BOUND     STM3      57
 UI BOUND     STM3      75
 UI BOUND     ANM3      18
 LI BOUND     STM4      57
 UI BOUND     STM4      75
 UI BOUND     ANM4      18
 LI BOUND     STM5      57
 UI BOUND     STM5      75
 UI BOUND     ANM5      18
 LI BOUND     STM6      57
 UI BOUND     STM6      75
 UI BOUND     ANM6      18
ENDATA
