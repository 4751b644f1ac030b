* A workshop chooses how many chairs, tables and shelves to build.
NAME          WORKSHOP
OBJSENSE
    MAX
ROWS
 N  PROFIT
 L  WOOD
 L  LABOUR
 L  VARNISH
COLUMNS
    MARKER                 'MARKER'                 'INTORG'
    CHAIRS    PROFIT       5.0        WOOD         2.0
    CHAIRS    LABOUR       4.0        VARNISH      3.0
    TABLES    PROFIT       4.0        WOOD         3.0
    TABLES    LABOUR       1.0        VARNISH      4.0
    SHELVES   PROFIT       3.0        WOOD         1.0
    SHELVES   LABOUR       2.0        VARNISH      2.0
    MARKER                 'MARKER'                 'INTEND'
RHS
    RHS       WOOD         5.0        LABOUR       11.0
    RHS       VARNISH      8.0
ENDATA
