package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// citeMention is one place where a line cites a document.
type citeMention struct {
	line       int    // line index
	start, end int    // byte span in the line: type phrase (or number) to the end of the tail
	numStart   int    // where the number starts
	symEnd     int    // end of the number and symbol
	typeStart  int    // start of the type phrase, numStart when there is none
	id         string // canonical id; the bare number of a short form
	num        string
	symbol     string // "QĐ-TTg", "KL/TW"; "" for a short form
	party      bool
	typ        string // type name: from the words before the number, else the symbol
	typDefault bool   // typ is Công văn only because the symbol names no type
	orgIssuer  string // issuer named by the symbol's organization code
	short      bool   // a number without a symbol: "Quyết định 489", "QĐ số 9047"
	so         bool   // "số" written before the number
	alias      bool   // "(gọi là Đề án 1373)": names the citation before it
	date       string // ISO, as written (after the tail grammar)
	issuer     string // normalized issuer after "của"
	term       int    // Party term stated after the issuer ("khóa X" → 10), 0 if none
	rel        string // relation stated by the wording
	nested     bool   // cited inside the description of another citation
	sent       int    // start of the sentence of a top-level mention
	lead       string // relation the sentence opening gives the items of its list
}

// citeScanner finds mentions line by line. It is the one pass over the
// text: it stops only at digit runs, and looks around a digit run only
// when what follows is a symbol ("1373/QĐ-TTg", "11-CT/TW",
// "35/2022/NĐ-CP", "1132 /UBND-VX") or the word before it names a type
// ("Quyết định 489", "QĐ số 9047", "Quyết định số số 489").
type citeScanner struct {
	r    *citeRules
	ms   []citeMention
	buf  []byte // folded words, reused
	next int    // offset where the last mention's tail ended
	// paragraphs: lines are whole paragraphs (docx, html), never wrapped
	paragraphs bool
}

// line scans line li, s[lo:hi] of the text s. Offsets are into s, so the
// words before a number and the tail after it may cross a line break (a
// wrapped "Nghị định số\n45/2023/NĐ-CP"); mentions start on their line.
func (sc *citeScanner) line(s string, lo, hi, li int) {
	if sc.metaLine(s[lo:hi]) {
		return
	}
	lineStart := lo
	if lo < sc.next {
		lo = sc.next // the tail of a citation on the line before ran into this one
	}
	first := len(sc.ms)
	for i := lo; i < hi; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if citeGlued(s, i) || j-i > 6 {
			i = j - 1
			continue
		}
		m, ok := sc.full(s, i, citeDotted(s, j))
		if !ok {
			m, ok = sc.short(s, i, j)
		}
		if !ok {
			i = j - 1
			continue
		}
		m.line = li
		sc.r.tail(s, &m)
		sc.ms = append(sc.ms, m)
		sc.next = m.end
		i = m.end - 1
		if i < j-1 {
			i = j - 1
		}
	}
	sc.r.relations(s, lineStart, sc.ms, first, sc.paragraphs)
}

// metaLine reports whether s is a number line of the document itself
// ("Số: 1960/KH-UBND", "Số hiệu: | 1960/KH-UBND |", "Số, ký hiệu văn
// bản"): what it holds is not a citation.
func (sc *citeScanner) metaLine(s string) bool {
	s = strings.TrimLeft(s, " \t|*#>")
	if len(s) < 3 {
		return false
	}
	w, rest := citeFirstWord(s)
	if vn.Fold(w) != "so" {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" {
		return false
	}
	if rest[0] == ':' || rest[0] == '|' || rest[0] == ',' {
		return true
	}
	w2, _ := citeFirstWord(rest)
	switch vn.Fold(w2) {
	case "hieu", "ky":
		return true
	}
	return false
}

// citeFirstWord splits s after its first word (letters only).
func citeFirstWord(s string) (string, string) {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// citeGlued reports whether the digit run at i continues a word or a code
// ("QH15", "05A:2020", "2.000229"): such digits are no document number.
func citeGlued(s string, i int) bool {
	if i == 0 {
		return false
	}
	if k := citeBack(s, i); k > 0 && s[k-1] == ':' {
		if k = citeBack(s, k-1); k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
			return true // "QCVN 01: 2019/BCT", "QCVN 04 : 2009/BCT"
		}
	}
	c := s[i-1]
	switch {
	case c == ':' || c == '.' || c == ',' || c == '/' || c == '-' || c == '_' || c == '+':
		return true
	case c < utf8.RuneSelf:
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// citeDotted extends a number ending at j over a dotted part when a symbol
// follows ("Nghị quyết 66.4/2025/NQ-CP"); j otherwise.
func citeDotted(s string, j int) int {
	if j+2 >= len(s) || s[j] != '.' || s[j+1] < '0' || s[j+1] > '9' {
		return j
	}
	k := j + 1
	for k < len(s) && k-j <= 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k < len(s) && s[k] == '/' {
		return k
	}
	return j
}

// citeSpaces skips blanks (at most max of them) from i.
func citeSpaces(s string, i, max int) int {
	for n := 0; i < len(s) && n < max; n++ {
		switch {
		case citeBlank(s[i]):
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
			i += 2
		default:
			return i
		}
	}
	return i
}

// citeSym is a parsed number and symbol.
type citeSym struct {
	num, year string
	sep0      byte      // separator after the number
	part      [6]string // "QĐ", "TTg"
	sep       [6]byte   // separators between parts
	n         int       // parts used
	end       int
}

// parts returns the parts of the symbol.
func (y *citeSym) parts() []string { return y.part[:y.n] }

// seps returns the separators between the parts.
func (y *citeSym) seps() []byte {
	if y.n == 0 {
		return nil
	}
	return y.sep[:y.n-1]
}

// symbol reads the symbol after the digits s[i:j]: a separator, an
// optional year of a normative document, then capitalized parts joined by
// '-' or '/'.
func citeSymbol(s string, i, j int) (citeSym, bool) {
	y := citeSym{num: s[i:j]}
	k := citeSpaces(s, j, 2)
	sep, n := citeSepAt(s, k)
	if n == 0 {
		return y, false
	}
	y.sep0 = sep
	k = citeSpaces(s, k+n, 1)
	if k+5 <= len(s) && citeAllDigits(s[k:k+4]) && s[k+4] == '/' && (s[k:k+2] == "19" || s[k:k+2] == "20") {
		y.year = s[k : k+4]
		k += 5
	}
	for y.n < len(y.part) {
		p := citePart(s, k)
		if p == k {
			break
		}
		y.part[y.n] = s[k:p]
		y.n++
		k = p
		if sep, n := citeSepAt(s, k); n > 0 && citeUpperAt(s, k+n) {
			y.sep[y.n-1] = sep
			k += n
			continue
		}
		// "2010/GP - BTNMT": spaced only before a code in capitals
		if k2 := citeSpaces(s, k, 1); k2 > k {
			if sep, n := citeSepAt(s, k2); n > 0 {
				if k3 := citeSpaces(s, k2+n, 1); k3 > k2+n && citeCaps(s[k3:citePart(s, k3)]) {
					y.sep[y.n-1] = sep
					k = k3
					continue
				}
			}
		}
		break
	}
	y.end = k
	return y, y.n > 0
}

// citeSepAt reads a symbol separator at k: '/', '-' or a dash typed by a
// word processor ("49–KL/TW"), which counts as '-'. n is its length, 0 when
// there is none.
func citeSepAt(s string, k int) (byte, int) {
	if k >= len(s) {
		return 0, 0
	}
	switch {
	case s[k] == '/' || s[k] == '-':
		return s[k], 1
	case strings.HasPrefix(s[k:], "–"):
		return '-', len("–")
	}
	return 0, 0
}

// citePart returns the end of a symbol part starting at k: a capital
// letter, then letters, digits or '&'.
func citePart(s string, k int) int {
	if !citeUpperAt(s, k) {
		return k
	}
	i := k
	for i < len(s) && i-k < 24 {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' {
			break
		}
		i += n
	}
	if i-k >= 24 {
		return k
	}
	return i
}

// citeCaps reports whether p holds two or more letters, all capitals.
func citeCaps(p string) bool {
	n := 0
	for _, r := range p {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// citeUpperAt reports whether an upper-case letter starts at k.
func citeUpperAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsUpper(r)
}

func citeAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// citeShouty reports whether part p is written like a code: at least one
// capital after its first letter, or all capitals ("UBND", "TTg", "QH15").
func citeShouty(p string) bool {
	n := 0
	for _, r := range p {
		if unicode.IsUpper(r) {
			n++
		} else if unicode.IsLower(r) && n == 0 {
			return false
		}
	}
	return n >= 2 || utf8.RuneCountInString(p) == 1
}

// canon turns a parsed symbol into a canonical id. Party symbols — the
// organization code is a Party one (citeorgs.tsv), or the text writes
// "N-TYPE/ORG" with a type code the Party uses — become "N-TYPE/ORG" even
// when written "N/TYPE-ORG"; state symbols become "N/TYPE-ORG" or
// "N/YYYY/TYPE-ORG". Known codes take their data spelling ("QD" → "QĐ",
// "TƯ" → "TW"). ok is false for things that only look like symbols
// ("24A-123", "5/Hà").
func (r *citeRules) canon(y citeSym, m *citeMention) bool {
	var buf [6]string
	parts := buf[:copy(buf[:], y.parts())]
	for i, p := range parts {
		if strings.ContainsAny(p, "Ðð") { // Icelandic eth of OCR and legacy fonts for Đ
			parts[i] = strings.NewReplacer("Ð", "Đ", "ð", "đ").Replace(p)
		}
	}
	for _, p := range parts {
		if !citeShouty(p) {
			if _, known := r.set.CiteOrgByCode(p); !known {
				return false // "5/Hà"; a code the data knows may be written so ("104-CTr/Tu" of OCR)
			}
		}
	}
	last := parts[len(parts)-1]
	org, orgOK := r.set.CiteOrgByCode(last)
	kind := rules.KindState
	dt, typeOK := citeDocType(r.set, parts[0], kind)
	switch {
	case orgOK && org.Kind == rules.KindParty && len(parts) >= 2:
		kind = rules.KindParty
	case !orgOK && y.sep0 == '-' && y.n > 1 && y.sep[0] == '/' && typeOK && dt.Kind != rules.KindState:
		kind = rules.KindParty
	}
	if kind == rules.KindParty {
		dt, typeOK = citeDocType(r.set, parts[0], kind)
	}
	if !typeOK && !orgOK && len(parts) < 2 {
		return false
	}
	switch {
	case typeOK:
		m.typ = dt.Name
		// Only the spelling is made canonical ("QD" → "QĐ", "TTR" →
		// "TTr"); another code of the type stays as written ("GCN" is
		// not "CN").
		if dt.Symbol != "" && len(parts) > 1 && vn.Fold(parts[0]) == vn.Fold(dt.Symbol) {
			parts[0] = dt.Symbol
		}
	case len(parts) == 1:
		if d, ok := citeDocType(r.set, strings.TrimRight(last, "0123456789"), kind); ok {
			m.typ = d.Name // "42/2024/QH15": a law
		}
	case kind == rules.KindState:
		m.typ, m.typDefault = "Công văn", true // "842/UBND-KGVX": a state letter's symbol names no type
		if o, ok := r.set.CiteOrgByCode(parts[0]); ok && !orgOK {
			m.orgIssuer = o.Issuer // "2687/TTg-KTN"
		}
	}
	if orgOK {
		digits := last[len(strings.TrimRight(last, "0123456789")):]
		parts[len(parts)-1] = org.Canon + digits
		m.orgIssuer = org.Issuer
	}
	var b strings.Builder
	b.WriteString(y.num)
	if kind == rules.KindParty {
		b.WriteByte('-')
		b.WriteString(parts[0])
		b.WriteByte('/')
		for i, p := range parts[1:] {
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteString(p)
		}
		m.party = true
		m.symbol = b.String()[len(y.num)+1:]
	} else {
		b.WriteByte('/')
		if y.year != "" {
			b.WriteString(y.year)
			b.WriteByte('/')
		}
		for i, p := range parts {
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteString(p)
		}
		m.symbol = strings.Join(parts, "-")
	}
	m.id = b.String()
	m.num = y.num
	return true
}

// parseNumber reads a document number written alone ("1960/KH-UBND").
func (sc *citeScanner) parseNumber(s string) (citeMention, bool) {
	s = strings.TrimSpace(s)
	j := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 0 || j > 6 {
		return citeMention{}, false
	}
	y, ok := citeSymbol(s, 0, citeDotted(s, j))
	if !ok {
		return citeMention{}, false
	}
	var m citeMention
	return m, sc.r.canon(y, &m)
}

// full reads a number with a symbol at s[i:j] and the type phrase before it.
func (sc *citeScanner) full(s string, i, j int) (citeMention, bool) {
	y, ok := citeSymbol(s, i, j)
	if !ok {
		return citeMention{}, false
	}
	m := citeMention{numStart: i, symEnd: y.end, end: y.end, start: i, typeStart: i}
	if !sc.r.canon(y, &m) {
		return citeMention{}, false
	}
	tw, ts, so, found := sc.typeBefore(s, i)
	if found {
		if tw.name == "" {
			return citeMention{}, false // "Mẫu số 01/BC-UBND"
		}
		// A capitalized type word names the type ("Nghị quyết số
		// 190/2025/QH15"); a lower-case one yields to the symbol's type
		// ("Luật … theo hợp đồng số 69/2020/QH14").
		if m.typ == "" || m.typDefault || citeUpperAt(s, ts) {
			m.typ = tw.name
		}
		m.start, m.typeStart = ts, ts
	}
	m.so = so
	return m, true
}

// short reads a number without a symbol that a type phrase introduces:
// "Quyết định 489", "Đề án 1373", "QĐ số 9047".
func (sc *citeScanner) short(s string, i, j int) (citeMention, bool) {
	if j < len(s) {
		c := s[j]
		switch {
		case c == '%' || c == '/' || c == '-' || c == '_' || c == '&':
			return citeMention{}, false
		case (c == '.' || c == ',' || c == ':') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9':
			return citeMention{}, false
		case c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) {
				return citeMention{}, false
			}
		}
	}
	tw, ts, so, found := sc.typeBefore(s, i)
	if !found || tw.name == "" {
		return citeMention{}, false
	}
	num := strings.TrimLeft(s[i:j], "0")
	if num == "" || (!so && j-i == 4 && (s[i:i+2] == "19" || s[i:i+2] == "20")) {
		return citeMention{}, false // "Luật Khoáng sản 2010": a year, not a number
	}
	return citeMention{numStart: i, symEnd: j, start: ts, end: j, typeStart: ts, id: s[i:j], num: s[i:j], typ: tw.name, short: true, so: so}, true
}

// typeBefore finds the type phrase that ends before the number at i,
// across "số", a doubled "số số" and a colon. found is false when none
// does; tw.name is "" for a noun whose number is no document.
func (sc *citeScanner) typeBefore(s string, i int) (tw citeTypeWord, start int, so bool, found bool) {
	k := citeBack(s, i)
	for n := 0; n < 2; n++ {
		if k > 0 && s[k-1] == ':' {
			k = citeBack(s, k-1)
		}
		ws := citeWordStart(s, k)
		if ws == k || !sc.foldIs(s[ws:k], "so") {
			break
		}
		so = true
		k = citeBack(s, ws)
	}
	// Up to maxWords words before k, longest phrase first.
	var starts [8]int
	n, e := 0, k
	for n < sc.r.maxWords && n < len(starts) {
		ws := citeWordStart(s, e)
		if ws == e {
			break
		}
		starts[n] = ws
		n++
		if n == 1 {
			sc.buf = citeFoldAppend(sc.buf[:0], s[ws:e])
			if !sc.r.lastWord[string(sc.buf)] {
				return citeTypeWord{}, 0, so, false
			}
		}
		e = citeBack(s, ws)
		if e == ws {
			break
		}
	}
	for w := n; w >= 1; w-- {
		ws := starts[w-1]
		sc.buf = citeFoldAppend(sc.buf[:0], s[ws:k])
		t, ok := sc.r.types[string(sc.buf)]
		if !ok {
			continue
		}
		if t.upper && strings.ToUpper(s[ws:k]) != s[ws:k] {
			continue
		}
		return t, ws, so, true
	}
	return citeTypeWord{}, 0, so, false
}

// citeBack returns i moved back over blanks.
func citeBack(s string, i int) int {
	for n := 0; i > 0 && n < 4; n++ {
		switch {
		case citeBlank(s[i-1]):
			i--
		case i >= 2 && s[i-2] == 0xC2 && s[i-1] == 0xA0: // no-break space
			i -= 2
		default:
			return i
		}
	}
	return i
}

// citeBlank reports whether c is a blank; a line break is one, so that a
// citation wrapped by a PDF or a .doc reads as one.
func citeBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// citeWordStart returns the start of the word (letters, digits, '/', '&')
// that ends at e; e when there is none.
func citeWordStart(s string, e int) int {
	i := e
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && !unicode.Is(unicode.Mn, r) {
			break
		}
		i -= n
	}
	return i
}

// foldIs reports whether w folds to f.
func (sc *citeScanner) foldIs(w, f string) bool {
	if len(w) > 3*len(f)+3 {
		return false
	}
	sc.buf = citeFoldAppend(sc.buf[:0], w)
	return string(sc.buf) == f
}

// citeFoldAppend appends w folded (lower case, no diacritics) to dst;
// blanks become one space.
func citeFoldAppend(dst []byte, w string) []byte {
	sp := false
	for _, r := range w {
		if r == ' ' || r == '\t' || r == '\u00a0' || r == '\n' || r == '\r' {
			sp = true // a line break inside a wrapped sentence is a space: "Căn\ncứ"
			continue
		}
		if sp && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		sp = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if f := vn.FoldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}
