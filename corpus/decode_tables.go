package corpus

// Legacy Vietnamese encoding tables, from UniKey's data.cpp (TCVN3, VNI) and
// glibc's VISCII charmap (RFC 1456). Each string is parsed once into the
// immutable maps of decode_legacy.go.

// tcvn3Table lists "byte letter" pairs; "x(/X)" means the capital shares
// the lower-case byte.
const tcvn3Table = `
A1 Ă | A2 Â | A3 Ê | A4 Ô | A5 Ơ | A6 Ư | A7 Đ | A8 ă
A9 â | AA ê | AB ô | AC ơ | AD ư | AE đ | B5 à(/À) | B6 ả(/Ả)
B7 ã(/Ã) | B8 á(/Á) | B9 ạ(/Ạ) | BB ằ(/Ằ) | BC ẳ(/Ẳ) | BD ẵ(/Ẵ) | BE ắ(/Ắ) | C6 ặ(/Ặ)
C7 ầ(/Ầ) | C8 ẩ(/Ẩ) | C9 ẫ(/Ẫ) | CA ấ(/Ấ) | CB ậ(/Ậ) | CC è(/È) | CE ẻ(/Ẻ) | CF ẽ(/Ẽ)
D0 é(/É) | D1 ẹ(/Ẹ) | D2 ề(/Ề) | D3 ể(/Ể) | D4 ễ(/Ễ) | D5 ế(/Ế) | D6 ệ(/Ệ) | D7 ì(/Ì)
D8 ỉ(/Ỉ) | DC ĩ(/Ĩ) | DD í(/Í) | DE ị(/Ị) | DF ò(/Ò) | E1 ỏ(/Ỏ) | E2 õ(/Õ) | E3 ó(/Ó)
E4 ọ(/Ọ) | E5 ồ(/Ồ) | E6 ổ(/Ổ) | E7 ỗ(/Ỗ) | E8 ố(/Ố) | E9 ộ(/Ộ) | EA ờ(/Ờ) | EB ở(/Ở)
EC ỡ(/Ỡ) | ED ớ(/Ớ) | EE ợ(/Ợ) | EF ù(/Ù) | F1 ủ(/Ủ) | F2 ũ(/Ũ) | F3 ú(/Ú) | F4 ụ(/Ụ)
F5 ừ(/Ừ) | F6 ử(/Ử) | F7 ữ(/Ữ) | F8 ứ(/Ứ) | F9 ự(/Ự) | FA ỳ(/Ỳ) | FB ỷ(/Ỷ) | FC ỹ(/Ỹ)
FD ý(/Ý) | FE ỵ(/Ỵ)
`

// vniTable lists "letter=bytes" pairs (base letter byte, then mark byte).
const vniTable = `
Á=41 D9 á=61 F9 À=41 D8 à=61 F8 Ả=41 DB ả=61 FB Ã=41 D5 ã=61 F5 Ạ=41 CF ạ=61 EF Â=41 C2 â=61 E2
Ấ=41 C1 ấ=61 E1 Ầ=41 C0 ầ=61 E0 Ẩ=41 C5 ẩ=61 E5 Ẫ=41 C3 ẫ=61 E3 Ậ=41 C4 ậ=61 E4 Ă=41 CA ă=61 EA
Ắ=41 C9 ắ=61 E9 Ằ=41 C8 ằ=61 E8 Ẳ=41 DA ẳ=61 FA Ẵ=41 DC ẵ=61 FC Ặ=41 CB ặ=61 EB Đ=D1 đ=F1
É=45 D9 é=65 F9 È=45 D8 è=65 F8 Ẻ=45 DB ẻ=65 FB Ẽ=45 D5 ẽ=65 F5 Ẹ=45 CF ẹ=65 EF Ê=45 C2 ê=65 E2
Ế=45 C1 ế=65 E1 Ề=45 C0 ề=65 E0 Ể=45 C5 ể=65 E5 Ễ=45 C3 ễ=65 E3 Ệ=45 C4 ệ=65 E4 Í=CD í=ED
Ì=CC ì=EC Ỉ=C6 ỉ=E6 Ĩ=D3 ĩ=F3 Ị=D2 ị=F2 Ó=4F D9 ó=6F F9 Ò=4F D8 ò=6F F8
Ỏ=4F DB ỏ=6F FB Õ=4F D5 õ=6F F5 Ọ=4F CF ọ=6F EF Ô=4F C2 ô=6F E2 Ố=4F C1 ố=6F E1 Ồ=4F C0 ồ=6F E0
Ổ=4F C5 ổ=6F E5 Ỗ=4F C3 ỗ=6F E3 Ộ=4F C4 ộ=6F E4 Ơ=D4 ơ=F4 Ớ=D4 D9 ớ=F4 F9 Ờ=D4 D8 ờ=F4 F8
Ở=D4 DB ở=F4 FB Ỡ=D4 D5 ỡ=F4 F5 Ợ=D4 CF ợ=F4 EF Ú=55 D9 ú=75 F9 Ù=55 D8 ù=75 F8 Ủ=55 DB ủ=75 FB
Ũ=55 D5 ũ=75 F5 Ụ=55 CF ụ=75 EF Ư=D6 ư=F6 Ứ=D6 D9 ứ=F6 F9 Ừ=D6 D8 ừ=F6 F8 Ử=D6 DB ử=F6 FB
Ữ=D6 D5 ữ=F6 F5 Ự=D6 CF ự=F6 EF Ý=59 D9 ý=79 F9 Ỳ=59 D8 ỳ=79 F8 Ỷ=59 DB ỷ=79 FB Ỹ=59 D5 ỹ=79 F5
Ỵ=CE ỵ=EE
`

// visciiTable lists "byte letter" pairs of the non-ASCII positions.
const visciiTable = `
02 Ẳ | 05 Ẵ | 06 Ẫ | 14 Ỷ | 19 Ỹ | 1E Ỵ | 80 Ạ | 81 Ắ | 82 Ằ | 83 Ặ | 84 Ấ | 85 Ầ
86 Ẩ | 87 Ậ | 88 Ẽ | 89 Ẹ | 8A Ế | 8B Ề | 8C Ể | 8D Ễ | 8E Ệ | 8F Ố | 90 Ồ | 91 Ổ
92 Ỗ | 93 Ộ | 94 Ợ | 95 Ớ | 96 Ờ | 97 Ở | 98 Ị | 99 Ỏ | 9A Ọ | 9B Ỉ | 9C Ủ | 9D Ũ
9E Ụ | 9F Ỳ | A0 Õ | A1 ắ | A2 ằ | A3 ặ | A4 ấ | A5 ầ | A6 ẩ | A7 ậ | A8 ẽ | A9 ẹ
AA ế | AB ề | AC ể | AD ễ | AE ệ | AF ố | B0 ồ | B1 ổ | B2 ỗ | B3 Ỡ | B4 Ơ | B5 ộ
B6 ờ | B7 ở | B8 ị | B9 Ự | BA Ứ | BB Ừ | BC Ử | BD ơ | BE ớ | BF Ư | C0 À | C1 Á
C2 Â | C3 Ã | C4 Ả | C5 Ă | C6 ẳ | C7 ẵ | C8 È | C9 É | CA Ê | CB Ẻ | CC Ì | CD Í
CE Ĩ | CF ỳ | D0 Đ | D1 ứ | D2 Ò | D3 Ó | D4 Ô | D5 ạ | D6 ỷ | D7 ừ | D8 ử | D9 Ù
DA Ú | DB ỹ | DC ỵ | DD Ý | DE ỡ | DF ư | E0 à | E1 á | E2 â | E3 ã | E4 ả | E5 ă
E6 ữ | E7 ẫ | E8 è | E9 é | EA ê | EB ẻ | EC ì | ED í | EE ĩ | EF ỉ | F0 đ | F1 ự
F2 ò | F3 ó | F4 ô | F5 õ | F6 ỏ | F7 ọ | F8 ụ | F9 ù | FA ú | FB ũ | FC ủ | FD ý
FE ợ | FF Ữ
`
