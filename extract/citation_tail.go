package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/rules"
)

// tail reads what follows a cited number and symbol: a date ("ngày
// 30/7/2021", "ngày 28 tháng 5 năm 2020", after a comma or not), the
// issuer after "của" (abbreviations expanded, spelling made canonical),
// the Party term after the issuer ("khóa X") and a date written after the
// issuer ("của Tỉnh ủy Lào Cai ngày 27/12/2025").
func (r *citeRules) tail(s string, m *citeMention) {
	r.tailParse(s, m)
	if m.party && m.term == 0 {
		m.term = citeTermNear(s, m.end)
	}
}

// tailParse reads the date, issuer and term after a citation's symbol.
func (r *citeRules) tailParse(s string, m *citeMention) {
	k := m.symEnd
	if d, n := citeDateAt(s, citeSkipSep(s, k)); n > 0 {
		m.date, k = d, citeSkipSep(s, k)+n
		m.end = k
	}
	k2 := citeSkipSep(s, k)
	of := ""
	for _, w := range []string{"của", "cua"} { // "cua": text typed without diacritics
		if citeWordAt(s, k2, w) {
			of = w
		}
	}
	if of == "" {
		return
	}
	name, e := r.issuerAt(s, k2+len(of))
	if name == "" {
		return
	}
	m.issuer, k, m.end = name, e, e
	if term, e := citeTermAt(s, citeSpaces(s, k, 2)); term > 0 {
		m.term, k, m.end = term, e, e
	}
	if m.date == "" {
		if d, n := citeDateAt(s, citeSkipSep(s, k)); n > 0 {
			m.date, m.end = d, citeSkipSep(s, k)+n
		}
	}
}

// citeTermNear finds a Party term stated a few words after a citation
// without "của" before it: "Nghị quyết số 29-NQ/TW ngày 04/11/2013 Hội nghị
// Trung ương 8 khóa XI", "… của Ban Chấp hành Trung ương Đảng (khóa XII)".
// It stops at the description ("về …") and at punctuation that ends the
// citation.
func citeTermNear(s string, k int) int {
	for n := 0; n < 10 && k < len(s); n++ {
		k = citeSpaces(s, k, 3)
		for k < len(s) && (s[k] == '(' || s[k] == ')' || s[k] == ',') {
			k = citeSpaces(s, k+1, 2)
		}
		if t, _ := citeTermAt(s, k); t > 0 {
			return t
		}
		e := citeWordEnd(s, k)
		if e == k {
			return 0
		}
		if w := s[k:e]; strings.EqualFold(w, "về") || w == "ve" || strings.EqualFold(w, "ngày") {
			return 0
		}
		k = e
	}
	return 0
}

// citeSkipSep skips blanks and at most one comma.
func citeSkipSep(s string, k int) int {
	k = citeSpaces(s, k, 3)
	if k < len(s) && s[k] == ',' {
		k = citeSpaces(s, k+1, 3)
	}
	return k
}

// citeWordAt reports whether word w (any case) stands at k, followed by a
// non-letter.
func citeWordAt(s string, k int, w string) bool {
	if k+len(w) > len(s) || !strings.EqualFold(s[k:k+len(w)], w) {
		return false
	}
	if k+len(w) < len(s) {
		r, _ := utf8.DecodeRuneInString(s[k+len(w):])
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
	}
	return true
}

// citeDateAt reads a date introduced by "ngày" at k; n is 0 when there is
// none.
func citeDateAt(s string, k int) (string, int) {
	if citeWordAt(s, k, "ngay") { // typed without diacritics: a numeric date
		j := citeSpaces(s, k+len("ngay"), 2)
		if d, n := parseDate(s[j:]); n > 0 {
			return d, j - k + n
		}
		return "", 0
	}
	if !citeWordAt(s, k, "ngày") {
		return "", 0
	}
	return parseDate(s[k:])
}

// citeTermAt reads "khóa X" / "khoá 10" at k and returns the term number.
func citeTermAt(s string, k int) (int, int) {
	w := ""
	for _, c := range []string{"khóa", "khoá", "khoa"} {
		if citeWordAt(s, k, c) {
			w = c
		}
	}
	if w == "" {
		return 0, k
	}
	i := citeSpaces(s, k+len(w), 2)
	j := i
	for j < len(s) && strings.IndexByte("IVXL0123456789", s[j]) >= 0 {
		j++
	}
	if j == i || (j < len(s) && unicode.IsLetter(rune(s[j]))) {
		return 0, k
	}
	v := rules.RomanValue(s[i:j])
	if v == 0 {
		v, _ = strconv.Atoi(s[i:j])
	}
	if v <= 0 || v > 40 {
		return 0, k
	}
	return v, j
}

// citeStops are words that end an issuer's name in any case ("của Bộ Chính
// trị về …", "của UBND tỉnh Về việc …").
var citeStops = []string{"về", "ngày", "khóa", "khoá", "tại", "theo", "nhằm", "trên", "cho", "để", "là",
	"đã", "với", "của", "trong", "năm", "tháng", "do", "được", "từ", "đến", "gửi", "kèm", "số", "v/v", "nay", "thì", "nên", "mà"}

// citeStopsPlain are stop words as typed without diacritics; they are
// compared only with words written without them ("cua Thu tuong Chinh
// phu ve viec …"), never "Nam" of "Việt Nam" with "năm".
var citeStopsPlain = []string{"ve", "ngay", "tai", "cua", "de", "la", "duoc", "voi", "tren", "nham", "kem", "gui", "theo", "cho", "do"}

// citeStopsLower end a name only in lower case: verbs that follow an
// issuer ("của Bộ Công Thương tăng cường …", "của Ủy ban nhân dân tỉnh
// chấp thuận …") but may open a capitalized name part ("Bộ Giao thông vận
// tải", "Ủy ban", "Tổng công ty", "Bộ Ngoại giao").
var citeStopsLower = []string{"có", "tăng", "xác", "đề", "phê", "chấp", "gồm", "thẩm", "kiểm", "lập",
	"tiếp", "nêu", "ký", "sau", "trước", "sửa", "đánh", "về", "hướng"}

// citePlaceUnits are the unit words before a place name; after a place
// name a lower-case word ends the issuer ("Ủy ban nhân dân tỉnh Lào Cai có
// thời hạn" → "Ủy ban nhân dân tỉnh Lào Cai").
var citePlaceUnits = []string{"tỉnh", "huyện", "xã", "phường", "quận", "thị", "phố", "trấn"}

// citeStops2 are two-word verbs that end a name when written in lower case
// ("của Chính phủ quy định chi tiết"); citeStopsCap end it in any case
// ("của Ủy ban nhân dân tỉnh Lào Cai Ban hành Quy định").
var (
	citeStops2 = [][2]string{{"quy", "định"}, {"ban", "hành"}, {"phê", "duyệt"}, {"hướng", "dẫn"}, {"sửa", "đổi"},
		{"thực", "hiện"}, {"triển", "khai"}, {"tổ", "chức"}, {"đối", "với"}, {"liên", "quan"}, {"bổ", "sung"},
		{"yêu", "cầu"}, {"thông", "báo"}, {"quyết", "định"}, {"chỉ", "đạo"}, {"hợp", "nhất"}, {"công", "nhận"},
		{"giao", "cho"}, {"giao", "nhiệm"}, {"bãi", "bỏ"}}
	citeStopsCap = [][2]string{{"ban", "hành"}, {"phê", "duyệt"}, {"quyết", "định"}, {"quy", "định"},
		{"thực", "hiện"}, {"triển", "khai"}, {"sửa", "đổi"}, {"bổ", "sung"}}
)

// citeWordEnd returns the end of the word at i (letters, digits, marks,
// '&', '/').
func citeWordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '/' && !unicode.Is(unicode.Mn, r) {
			break
		}
		i += n
	}
	return i
}

// issuerAt reads the name of a body after "của" at k and returns it
// normalized with the offset after it. The name runs over capitalized and
// lower-case words ("Ủy ban nhân dân tỉnh Thanh Hóa", "Bộ Nông nghiệp và
// Phát triển nông thôn") until a stop word, a verb, punctuation, another
// cited type or another body: "và" continues it only before a capitalized
// word that opens no other body, a comma only inside a name known to hold
// one ("Bộ Văn hóa, Thể thao và Du lịch").
func (r *citeRules) issuerAt(s string, k int) (string, int) {
	start, end := -1, k
	i := k
	place := 0 // 1 after a unit word, 2 after a capitalized word that follows it
	for words := 0; words < 16; {
		j := citeSpaces(s, i, 3)
		if strings.Count(s[i:j], "\n") >= 2 && citeOpensBlock(s[j:]) {
			break // "… của Tỉnh ủy Lào Cai\n\nKính gửi: …" (a PDF's blank lines may fall inside a name)
		}
		if i = j; i >= len(s) {
			break
		}
		c := s[i]
		if c == ',' {
			if start >= 0 && r.commaContinues(s[start:end], s[i+1:]) {
				i++
				continue
			}
			break
		}
		if c == '-' || strings.HasPrefix(s[i:], "–") {
			j := i + 1
			if c != '-' {
				j = i + len("–")
			}
			if j2 := citeSpaces(s, j, 2); start >= 0 && j2 > j && citeUpperAt(s, j2) {
				i = j2
				continue
			}
			break
		}
		we := citeWordEnd(s, i)
		if we == i {
			break
		}
		w := s[i:we]
		if citeAllDigits(w) {
			break
		}
		if start < 0 && !citeUpperAt(s, i) {
			return "", k // "của các cơ quan": no named body
		}
		if start >= 0 && r.issuerStop(s, i, we) {
			break
		}
		upper := citeUpperAt(s, i)
		if !upper && place == 2 {
			break
		}
		switch {
		case !upper && citeIn(w, citePlaceUnits):
			place = 1
		case upper && place == 1:
			place = 2
		}
		if strings.EqualFold(w, "và") {
			if start < 0 || !r.andContinues(s[start:end], s, we) {
				break
			}
			i = we
			continue
		}
		if start < 0 {
			start = i
		}
		end, i = we, we
		words++
		if r.completeIssuer(s[start:end]) {
			break // "của Thủ tướng Chính phủ phê duyệt …", "của Chính phủ Nghị định …"
		}
	}
	if start < 0 {
		return "", k
	}
	return r.normIssuer(s[start:end]), end
}

// citeOpensBlock reports whether the line s starts opens a block of its
// own: a label ("Kính gửi:", "Nơi nhận:") or a list item ("- ", "+ ").
func citeOpensBlock(s string) bool {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "+ ") {
		return true
	}
	line := s
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	label, _, ok := strings.Cut(line, ":")
	return ok && len(strings.Fields(label)) <= 3
}

// issuerStop reports whether the word s[i:we] ends a name.
func (r *citeRules) issuerStop(s string, i, we int) bool {
	w := s[i:we]
	for _, st := range citeStops {
		if strings.EqualFold(w, st) {
			return true
		}
	}
	j := citeSpaces(s, we, 2)
	next := s[j:citeWordEnd(s, j)]
	lower := !citeUpperAt(s, i)
	if citeASCII(w) {
		lw := strings.ToLower(w)
		if citeIn(lw, citeStopsPlain) {
			return true
		}
		if citeASCII(next) {
			pair := lw + " " + strings.ToLower(next)
			for _, st := range citeStopsCap {
				if pair == string(citeFoldAppend(nil, st[0]+" "+st[1])) {
					return true
				}
			}
		}
	}
	if lower && citeIn(w, citeStopsLower) {
		return true
	}
	for _, st := range citeStops2 {
		if lower && w == st[0] && next == st[1] {
			return true
		}
	}
	for _, st := range citeStopsCap {
		if strings.EqualFold(w, st[0]) && strings.EqualFold(next, st[1]) {
			return true
		}
	}
	return r.typeNumberAt(s, i)
}

// citeASCII reports whether w is written without diacritics.
func citeASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// citeIn reports whether w is one of ws.
func citeIn(w string, ws []string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// completeIssuer reports whether name is a body that takes nothing after
// it (citewords.tsv, value complete) and opens no longer such body.
func (r *citeRules) completeIssuer(name string) bool {
	var buf [96]byte
	if len(name) > 60 {
		return false
	}
	f := string(citeFoldAppend(buf[:0], name))
	found := false
	for _, is := range r.issuers {
		if !is.complete {
			continue
		}
		if is.fold == f {
			found = true
		} else if len(is.fold) > len(f) && strings.HasPrefix(is.fold, f) && is.fold[len(f)] == ' ' {
			return false
		}
	}
	return found
}

// typeNumberAt reports whether a type phrase followed by a number or "số"
// starts at i ("Kế hoạch số 259", "Quyết định 489").
func (r *citeRules) typeNumberAt(s string, i int) bool {
	var buf [64]byte
	b := buf[:0]
	e := i
	for n := 0; n < r.maxWords && n < 4; n++ {
		we := citeWordEnd(s, e)
		if we == e || len(b)+3*(we-e) > len(buf) {
			break
		}
		if n > 0 {
			b = append(b, ' ')
		}
		b = citeFoldAppend(b, s[e:we])
		if t, ok := r.types[string(b)]; ok && t.name != "" {
			j := citeSpaces(s, we, 2)
			if j < len(s) && (s[j] >= '0' && s[j] <= '9' || citeWordAt(s, j, "số")) {
				return true
			}
		}
		e = citeSpaces(s, we, 2)
	}
	return false
}

// andContinues reports whether "và" after the name so far joins two parts
// of one name.
func (r *citeRules) andContinues(sofar, s string, we int) bool {
	var buf [96]byte
	f := string(citeFoldAppend(buf[:0], sofar))
	for _, is := range r.issuers {
		if is.complete && f == is.fold {
			return false // "Bộ Chính trị và Ban Bí thư"
		}
	}
	j := citeSpaces(s, we, 2)
	if !citeUpperAt(s, j) || r.typeNumberAt(s, j) {
		return false
	}
	var nb [64]byte
	e := j
	next := nb[:0]
	for n := 0; n < 4; n++ {
		x := citeWordEnd(s, e)
		if x == e || len(next)+3*(x-e) > len(nb) {
			break
		}
		if n > 0 {
			next = append(next, ' ')
		}
		next = citeFoldAppend(next, s[e:x])
		for _, h := range r.heads {
			if h == string(next) {
				return false // "UBND tỉnh Thanh Hóa và UBND huyện …"
			}
		}
		e = citeSpaces(s, x, 1)
	}
	return true
}

// commaContinues reports whether a comma after sofar sits inside a known
// name ("Văn hóa, Thể thao và Du lịch").
func (r *citeRules) commaContinues(sofar, rest string) bool {
	if len(r.commas) == 0 {
		return false
	}
	var a, b [96]byte
	f := citeFoldAppend(a[:0], sofar)
	if len(rest) > 40 {
		rest = rest[:40]
	}
	g := citeFoldAppend(b[:0], strings.TrimLeft(rest, " "))
	for _, c := range r.commas {
		if strings.HasSuffix(string(f), c[0]) && strings.HasPrefix(string(g)+" ", firstWords(c[1], 1)+" ") {
			return true
		}
	}
	return false
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// normIssuer expands abbreviations in a cited issuer ("UBND tỉnh Thanh
// Hóa" → "Ủy ban nhân dân tỉnh Thanh Hóa") and gives a known body its
// canonical spelling ("Thủ Tướng Chính Phủ" → "Thủ tướng Chính phủ",
// "Tỉnh Ủy Gia Lai" → "Tỉnh ủy Gia Lai").
func (r *citeRules) normIssuer(name string) string {
	ws := strings.Fields(name)
	for i, w := range ws {
		if full, ok := r.abbrevs[w]; ok {
			ws[i] = full
		}
	}
	name = strings.Join(ws, " ")
	var buf [128]byte
	f := string(citeFoldAppend(buf[:0], name))
	for _, is := range r.issuers {
		if !strings.HasPrefix(f, is.fold) || (len(f) > len(is.fold) && f[len(is.fold)] != ' ') {
			continue
		}
		n := len(strings.Fields(is.fold))
		ws = strings.Fields(name)
		if n > len(ws) {
			break
		}
		return strings.TrimSpace(is.name + " " + strings.Join(ws[n:], " "))
	}
	return name
}
