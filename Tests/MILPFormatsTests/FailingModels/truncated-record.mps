NAME          TRUNCATED
ROWS
 N  COST
 L  R1
COLUMNS
    X1        COST         1.0   R1