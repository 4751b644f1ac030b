NAME          DATA
    X1        COST         1.0
ROWS
 N  COST
ENDATA
