NAME          BASE
ROWS
 N  COST
 L  R1
 G  R2
COLUMNS
    X1        COST         1.0   R1           1.0
    X1        R1           2.0
    X2        COST         2.0   R1           1.0
RHS
    RHS       R1           4.0   R2           1.0
BOUNDS
 UP BND       X2           3.0
ENDATA
