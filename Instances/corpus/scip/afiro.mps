* SCIP STATISTICS
*   Problem name     : AFIRO
*   Variables        : 32 (0 binary, 0 integer, 0 implicit integer, 32 continuous)
*   Constraints      : 27
NAME          AFIRO
OBJSENSE
  MIN
ROWS
 N  Obj 
 E  R09 
 E  R10 
 L  X05 
 L  X21 
 E  R12 
 E  R13 
 L  X17 
 L  X18 
 L  X19 
 L  X20 
 E  R19 
 E  R20 
 L  X27 
 L  X44 
 E  R22 
 E  R23 
 L  X40 
 L  X41 
 L  X42 
 L  X43 
 L  X45 
 L  X46 
 L  X47 
 L  X48 
 L  X49 
 L  X50 
 L  X51 
COLUMNS
    X01       Obj                              0  R09                             -1 
    X01       R10                          -1.06  X05                              1 
    X01       X48                          0.301 
    X02       X21                             -1  R09                              1 
    X02       Obj                           -0.4 
    X03       Obj                              0  R09                              1 
    X03       X46                             -1 
    X04       R10                              1  X50                              1 
    X04       Obj                              0 
    X06       X49                          0.301  X17                              1 
    X06       Obj                              0  R13                          -1.06 
    X06       R12                             -1 
    X07       X18                              1  Obj                              0 
    X07       R12                             -1  R13                          -1.06 
    X07       X49                          0.313 
    X08       R12                             -1  Obj                              0 
    X08       R13                          -0.96  X49                          0.313 
    X08       X19                              1 
    X09       X49                          0.326  R13                          -0.86 
    X09       Obj                              0  X20                              1 
    X09       R12                             -1 
    X10       Obj                              0  X17                             -1 
    X10       X45                          2.364 
    X11       Obj                              0  X18                             -1 
    X11       X45                          2.386 
    X12       X45                          2.408  X19                             -1 
    X12       Obj                              0 
    X13       Obj                              0  X45                          2.429 
    X13       X20                             -1 
    X14       R12                              1  Obj                          -0.32 
    X14       X21                            1.4 
    X15       Obj                              0  R12                              1 
    X15       X47                             -1 
    X16       Obj                              0  R13                              1 
    X16       X51                              1 
    X22       X46                          0.109  R19                             -1 
    X22       R20                          -0.43  X27                              1 
    X22       Obj                              0 
    X23       Obj                           -0.6  X44                             -1 
    X23       R19                              1 
    X24       X48                             -1  Obj                              0 
    X24       R19                              1 
    X25       R19                              1  X45                             -1 
    X25       Obj                              0 
    X26       X50                              1  R20                              1 
    X26       Obj                              0 
    X28       R22                          -0.43  R23                              1 
    X28       Obj                              0  X47                          0.109 
    X28       X40                              1 
    X29       X41                              1  Obj                              0 
    X29       R23                              1  X47                          0.108 
    X29       R22                          -0.43 
    X30       X47                          0.108  R22                          -0.39 
    X30       R23                              1  X42                              1 
    X30       Obj                              0 
    X31       R23                              1  X43                              1 
    X31       X47                          0.107  R22                          -0.37 
    X31       Obj                              0 
    X32       X45                          2.191  X40                             -1 
    X32       Obj                              0 
    X33       X41                             -1  X45                          2.219 
    X33       Obj                              0 
    X34       X45                          2.249  Obj                              0 
    X34       X42                             -1 
    X35       Obj                              0  X45                          2.279 
    X35       X43                             -1 
    X36       X44                            1.4  Obj                          -0.48 
    X36       R23                             -1 
    X37       X49                             -1  R23                              1 
    X37       Obj                              0 
    X38       R22                              1  Obj                              0 
    X38       X51                              1 
    X39       R23                              1  Obj                             10 
RHS
    RHS       R09                              0  R10                              0 
    RHS       X05                             80  X21                              0 
    RHS       R12                              0  R13                              0 
    RHS       X17                             80  X18                              0 
    RHS       X19                              0  X20                              0 
    RHS       R19                              0  R20                              0 
    RHS       X27                            500  X44                              0 
    RHS       R22                              0  R23                             44 
    RHS       X40                            500  X41                              0 
    RHS       X42                              0  X43                              0 
    RHS       X45                              0  X46                              0 
    RHS       X47                              0  X48                              0 
    RHS       X49                              0  X50                            310 
    RHS       X51                            300 
BOUNDS
 PL Bound     X01                                
 PL Bound     X02                                
 PL Bound     X03                                
 PL Bound     X04                                
 PL Bound     X06                                
 PL Bound     X07                                
 PL Bound     X08                                
 PL Bound     X09                                
 PL Bound     X10                                
 PL Bound     X11                                
 PL Bound     X12                                
 PL Bound     X13                                
 PL Bound     X14                                
 PL Bound     X15                                
 PL Bound     X16                                
 PL Bound     X22                                
 PL Bound     X23                                
 PL Bound     X24                                
 PL Bound     X25                                
 PL Bound     X26                                
 PL Bound     X28                                
 PL Bound     X29                                
 PL Bound     X30                                
 PL Bound     X31                                
 PL Bound     X32                                
 PL Bound     X33                                
 PL Bound     X34                                
 PL Bound     X35                                
 PL Bound     X36                                
 PL Bound     X37                                
 PL Bound     X38                                
 PL Bound     X39                                
ENDATA