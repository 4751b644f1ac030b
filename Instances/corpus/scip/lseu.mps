* SCIP STATISTICS
*   Problem name     : LSEU
*   Variables        : 89 (89 binary, 0 integer, 0 implicit integer, 0 continuous)
*   Constraints      : 28
NAME          LSEU
OBJSENSE
  MIN
ROWS
 N  Obj 
 L  R101 
 L  R102 
 L  R103 
 L  R104 
 L  R105 
 L  R106 
 L  R107 
 L  R108 
 L  R109 
 L  R110 
 L  R111 
 L  R112 
 L  R113 
 L  R114 
 L  R115 
 L  R116 
 L  R117 
 L  R118 
 L  R119 
 L  R120 
 L  R121 
 L  R122 
 L  R123 
 L  R124 
 L  R125 
 L  R126 
 L  R127 
 L  R128 
COLUMNS
    INTSTART  'MARKER'                            'INTORG'                           
    C101      R119                           525  Obj                              7 
    C101      R120                          -525  R123                          -525 
    C101      R122                          -525 
    C102      Obj                             10  R120                          -500 
    C102      R122                          -500  R119                           500 
    C102      R123                          -500 
    C103      Obj                            179  R119                           475 
    C103      R101                             1  R125                          -475 
    C103      R120                          -475  R124                          -475 
    C104      R101                             1  R123                          -475 
    C104      R122                          -475  Obj                            186 
    C104      R119                           475  R120                          -475 
    C105      R120                          -475  Obj                            179 
    C105      R101                             1  R119                           475 
    C105      R124                          -285  R125                          -285 
    C105      R122                          -190  R123                          -190 
    C106      R118                          -450  Obj                              0 
    C106      R102                             1 
    C107      R124                          -450  Obj                              0 
    C107      R102                             1  R125                          -450 
    C108      R123                          -450  R122                          -450 
    C108      Obj                              6  R102                             1 
    C109      R123                          -165  R122                          -165 
    C109      Obj                              0  R125                          -285 
    C109      R124                          -285  R102                             1 
    C110      R124                          -150  R125                          -150 
    C110      R102                             1  Obj                              0 
    C111      R118                          -435  Obj                            164 
    C111      R103                             1 
    C112      R103                             1  Obj                            164 
    C112      R125                          -435  R124                          -435 
    C113      Obj                            170  R119                           435 
    C113      R123                          -435  R120                          -435 
    C113      R103                             1 
    C114      R119                           435  R121                          -435 
    C114      Obj                            164  R103                             1 
    C114      R120                          -435 
    C115      Obj                            346  R124                          -435 
    C115      R104                             1  R125                          -435 
    C116      R104                             1  R120                          -435 
    C116      R119                           435  Obj                            346 
    C116      R125                          -435 
    C117      R124                          -435  R119                           435 
    C117      R125                          -435  R120                          -435 
    C117      R105                             1  Obj                            248 
    C118      R123                          -435  R122                          -435 
    C118      R120                          -435  Obj                            253 
    C118      R119                           435  R105                             1 
    C119      R123                          -300  R122                          -300 
    C119      Obj                            248  R125                          -135 
    C119      R119                           435  R120                          -435 
    C119      R105                             1  R124                          -135 
    C120      Obj                            346  R118                          -435 
    C120      R106                             1 
    C121      R106                             1  Obj                            346 
    C121      R123                          -400 
    C122      R106                             1  R121                          -400 
    C122      Obj                            346 
    C123      R127                          -300  Obj                            346 
    C123      R106                             1  R125                          -100 
    C123      R124                          -100 
    C124      Obj                            160  R107                             1 
    C124      R124                          -400  R125                          -400 
    C125      Obj                            161  R107                             1 
    C125      R122                          -400  R123                          -400 
    C126      Obj                            160  R125                          -285 
    C126      R124                          -285  R107                             1 
    C126      R122                          -115  R123                          -115 
    C127      Obj                            160  R125                          -425 
    C127      R120                          -425  R107                             1 
    C127      R119                           425 
    C128      R119                           425  R107                             1 
    C128      R120                          -425  R123                          -425 
    C128      Obj                            161 
    C129      R125                          -285  R119                           425 
    C129      R123                          -140  Obj                            160 
    C129      R107                             1  R120                          -425 
    C130      R127                          -300  R126                          -300 
    C130      R125                          -100  Obj                            160 
    C130      R124                          -100  R107                             1 
    C131      Obj                            278  R118                          -350 
    C131      R108                             1 
    C132      R124                          -350  Obj                            278 
    C132      R108                             1  R125                          -350 
    C133      R121                          -350  R108                             1 
    C133      Obj                            278 
    C134      R123                          -330  Obj                             86 
    C134      R109                             1  R122                          -330 
    C135      R109                             1  R126                          -330 
    C135      R127                          -330  Obj                             86 
    C136      R120                          -330  R119                           330 
    C136      Obj                             86  R124                          -330 
    C136      R109                             1  R125                          -330 
    C137      R123                          -330  Obj                             86 
    C137      R119                           330  R120                          -330 
    C137      R109                             1 
    C138      R109                             1  R119                           330 
    C138      Obj                             86  R121                          -330 
    C138      R120                          -330 
    C139      R123                          -330  Obj                             86 
    C139      R120                          -330  R122                          -330 
    C139      R119                           330 
    C140      Obj                            188  R122                          -330 
    C140      R110                             1  R123                          -330 
    C141      Obj                            188  R124                          -330 
    C141      R125                          -330  R110                             1 
    C141      R120                          -330  R119                           330 
    C142      Obj                            188  R119                           330 
    C142      R120                          -330  R110                             1 
    C142      R121                          -330 
    C143      Obj                             85  R123                          -325 
    C143      R111                             1  R122                          -325 
    C144      R126                          -325  Obj                             85 
    C144      R127                          -325  R111                             1 
    C145      R124                          -325  R120                          -325 
    C145      R111                             1  R125                          -325 
    C145      R119                           325  Obj                             85 
    C146      R120                          -325  Obj                             85 
    C146      R119                           325  R123                          -325 
    C146      R111                             1 
    C147      R119                           325  R121                          -325 
    C147      R111                             1  R120                          -325 
    C147      Obj                             85 
    C148      Obj                             78  R123                          -300 
    C148      R112                             1  R122                          -300 
    C149      Obj                             78  R124                          -300 
    C149      R125                          -300  R119                           300 
    C149      R120                          -300  R112                             1 
    C150      R121                          -300  R119                           300 
    C150      Obj                             78  R120                          -300 
    C150      R112                             1 
    C151      Obj                             78  R112                             1 
    C151      R128                          -300 
    C152      R123                          -300  Obj                             78 
    C152      R122                          -300  R113                             1 
    C153      Obj                             78  R126                          -300 
    C153      R127                          -300  R113                             1 
    C154      R124                          -300  R113                             1 
    C154      Obj                             78  R125                          -300 
    C154      R120                          -300  R119                           300 
    C155      R120                          -300  Obj                             78 
    C155      R123                          -300  R119                           300 
    C155      R113                             1 
    C156      R120                          -300  R119                           300 
    C156      Obj                             78  R121                          -300 
    C156      R113                             1 
    C157      Obj                            171  R114                             1 
    C157      R122                          -300  R123                          -300 
    C158      R126                          -300  Obj                            171 
    C158      R114                             1  R127                          -300 
    C159      R120                          -300  Obj                            171 
    C159      R123                          -300  R114                             1 
    C159      R119                           300 
    C160      R114                             1  R121                          -300 
    C160      R119                           300  R120                          -300 
    C160      Obj                            171 
    C161      R125                          -285  Obj                            163 
    C161      R119                           285  R120                          -285 
    C161      R115                             1  R124                          -285 
    C162      R119                           285  R122                          -285 
    C162      R120                          -285  Obj                            163 
    C162      R115                             1  R123                          -285 
    C163      Obj                            163  R128                          -285 
    C163      R115                             1 
    C164      Obj                             69  R124                          -265 
    C164      R119                           265  R120                          -265 
    C164      R116                             1  R125                          -265 
    C165      Obj                             69  R119                           265 
    C165      R122                          -265  R123                          -265 
    C165      R116                             1  R120                          -265 
    C166      R117                             1  R118                          -230 
    C166      Obj                            183 
    C167      R117                             1  R124                          -230 
    C167      Obj                            183  R125                          -230 
    C168      Obj                            183  R119                           230 
    C168      R125                          -230  R117                             1 
    C168      R120                          -230 
    C169      R117                             1  R120                          -230 
    C169      Obj                            183  R123                          -230 
    C169      R119                           230 
    C170      R119                           190  R122                          -190 
    C170      Obj                             49  R120                          -190 
    C170      R123                          -190 
    C171      R117                             1  Obj                            183 
    C172      Obj                            258  R118                          -200 
    C173      Obj                            517  R118                          -400 
    C174      R126                          -200  R127                          -200 
    C174      Obj                            250 
    C175      Obj                            500  R127                          -400 
    C175      R126                          -400 
    C176      Obj                            250  R127                          -200 
    C177      R127                          -400  Obj                            500 
    C178      R120                          -200  R124                          -200 
    C178      R119                           200  R125                          -200 
    C178      Obj                            159 
    C179      R125                          -400  R120                          -400 
    C179      R124                          -400  R119                           400 
    C179      Obj                            318 
    C180      R119                           200  R120                          -200 
    C180      R125                          -200  Obj                            159 
    C181      R120                          -400  R125                          -400 
    C181      R119                           400  Obj                            318 
    C182      Obj                            159  R119                           200 
    C182      R123                          -200  R120                          -200 
    C182      R122                          -200 
    C183      Obj                            318  R123                          -400 
    C183      R120                          -400  R122                          -400 
    C183      R119                           400 
    C184      Obj                            159  R120                          -200 
    C184      R119                           200  R123                          -200 
    C185      R123                          -400  Obj                            318 
    C185      R119                           400  R120                          -400 
    C186      Obj                            114  R119                           200 
    C186      R120                          -200  R121                          -200 
    C187      R121                          -400  R120                          -400 
    C187      R119                           400  Obj                            228 
    C188      Obj                            159  R128                          -200 
    C189      Obj                            318  R128                          -400 
    INTEND    'MARKER'                            'INTEND'                           
RHS
    RHS       R101                             1  R102                             1 
    RHS       R103                             1  R104                             1 
    RHS       R105                             1  R106                             1 
    RHS       R107                             1  R108                             1 
    RHS       R109                             1  R110                             1 
    RHS       R111                             1  R112                             1 
    RHS       R113                             1  R114                             1 
    RHS       R115                             1  R116                             1 
    RHS       R117                             1  R118                          -190 
    RHS       R119                          2700  R120                         -2600 
    RHS       R121                          -630  R122                          -900 
    RHS       R123                         -1656  R124                          -335 
    RHS       R125                         -1026  R126                          -150 
    RHS       R127                          -500  R128                          -270 
BOUNDS
 BV Bound     C188                               
 BV Bound     C101                               
 BV Bound     C102                               
 BV Bound     C103                               
 BV Bound     C104                               
 BV Bound     C105                               
 BV Bound     C106                               
 BV Bound     C107                               
 BV Bound     C108                               
 BV Bound     C109                               
 BV Bound     C110                               
 BV Bound     C111                               
 BV Bound     C112                               
 BV Bound     C113                               
 BV Bound     C114                               
 BV Bound     C115                               
 BV Bound     C116                               
 BV Bound     C117                               
 BV Bound     C118                               
 BV Bound     C119                               
 BV Bound     C120                               
 BV Bound     C121                               
 BV Bound     C122                               
 BV Bound     C123                               
 BV Bound     C124                               
 BV Bound     C125                               
 BV Bound     C126                               
 BV Bound     C127                               
 BV Bound     C128                               
 BV Bound     C129                               
 BV Bound     C130                               
 BV Bound     C131                               
 BV Bound     C132                               
 BV Bound     C133                               
 BV Bound     C134                               
 BV Bound     C135                               
 BV Bound     C136                               
 BV Bound     C137                               
 BV Bound     C138                               
 BV Bound     C139                               
 BV Bound     C140                               
 BV Bound     C141                               
 BV Bound     C142                               
 BV Bound     C143                               
 BV Bound     C144                               
 BV Bound     C145                               
 BV Bound     C146                               
 BV Bound     C147                               
 BV Bound     C148                               
 BV Bound     C149                               
 BV Bound     C150                               
 BV Bound     C151                               
 BV Bound     C152                               
 BV Bound     C153                               
 BV Bound     C154                               
 BV Bound     C155                               
 BV Bound     C156                               
 BV Bound     C157                               
 BV Bound     C158                               
 BV Bound     C159                               
 BV Bound     C160                               
 BV Bound     C161                               
 BV Bound     C162                               
 BV Bound     C163                               
 BV Bound     C164                               
 BV Bound     C165                               
 BV Bound     C166                               
 BV Bound     C167                               
 BV Bound     C168                               
 BV Bound     C169                               
 BV Bound     C170                               
 BV Bound     C171                               
 BV Bound     C172                               
 BV Bound     C173                               
 BV Bound     C174                               
 BV Bound     C175                               
 BV Bound     C176                               
 BV Bound     C177                               
 BV Bound     C178                               
 BV Bound     C179                               
 BV Bound     C180                               
 BV Bound     C181                               
 BV Bound     C182                               
 BV Bound     C183                               
 BV Bound     C184                               
 BV Bound     C185                               
 BV Bound     C186                               
 BV Bound     C187                               
 BV Bound     C189                               
ENDATA