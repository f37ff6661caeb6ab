package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// citeLeadReach is the most words a sentence's opening may stand before
// the citation it governs: a law's name fits ("Căn cứ Luật Quản lý, sử
// dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15"), a clause
// with its own subject and verb mostly does not.
const citeLeadReach = 18

// citeWords counts the words of s.
func citeWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// relations fills rel, nested and alias for the mentions of one line.
//
// A sentence opening with "Căn cứ" states can-cu, one opening with "Thực
// hiện" / "Triển khai" (after a list marker, "V/v" or "Để") thuc-hien. It
// applies to the citations at the top of the sentence: the first one, and
// those that follow another across a semicolon or end the words after it
// with a comma or "và" ("…; Kế hoạch số 50/KH-UBND", "… về việc bổ sung
// …; và Kế hoạch 3281/KH-SCT"). A citation inside
// another's description ("… về việc ban hành Kế hoạch thực hiện Kết luận
// số 49-KL/TW") is nested and only referenced (dan-chieu). "căn cứ",
// "thực hiện" or "triển khai" just before a top citation state its
// relation whatever the sentence opens with.
//
// ms holds every mention found so far; those from first on are the line's.
// The ones before carry a sentence that a wrapped line goes on with.
func (r *citeRules) relations(s string, lineStart int, ms []citeMention, first int, paragraphs bool) {
	var buf []byte
	var top *citeMention // the latest top-level mention
	for k := first - 1; k >= 0; k-- {
		if !ms[k].nested {
			top = &ms[k]
			break
		}
	}
	for i := first; i < len(ms); i++ {
		m := &ms[i]
		base := lineStart
		if m.typeStart < base { // the type phrase ends the line before
			base = strings.LastIndexByte(s[:m.typeStart], '\n') + 1
		}
		if !paragraphs {
			base = r.wrapStart(s, base)
		}
		ss := citeSentenceStart(s, base, m.typeStart)
		nested := false
		if i > 0 && ms[i-1].end <= m.typeStart && ms[i-1].start >= ss {
			gap := s[ms[i-1].end:m.typeStart]
			switch {
			case strings.IndexByte(gap, ';') >= 0:
			case citeSeparators(gap):
				nested = ms[i-1].nested
			case citeListEnd(gap):
				// "…; Quyết định số 564/QĐ-SCT … về việc bổ sung … và Kế
				// hoạch 3281/KH-SCT": the next item of the list
			default:
				nested = true
			}
		}
		m.nested = nested
		// words just before the type phrase
		lo := m.typeStart - 48
		if lo < ss {
			lo = ss
		}
		for lo > ss && lo < len(s) && s[lo]&0xC0 == 0x80 {
			lo--
		}
		buf = citeFoldAppend(buf[:0], s[lo:m.typeStart])
		before := strings.TrimRight(string(buf), " (")
		for _, c := range r.aliases {
			if m.short && citeEndsWith(before, c) {
				m.alias = true
			}
		}
		local := ""
		for _, c := range r.cues {
			if citeEndsWith(before, c.words) && (c.rel != RelImplement || !r.reportsOn(before, c.words)) {
				local = c.rel
				break
			}
		}
		lead := RelReference
		switch {
		case top != nil && top.sent == ss:
			lead = top.lead // the next item of a list the opening governs
		case citeWords(s[ss:m.typeStart]) <= citeLeadReach:
			// beyond the reach: "Thực hiện Luật …, Ủy ban nhân dân tỉnh
			// đã … tại Văn bản số 1316/TTg-KTN"
			lead = r.lead(s[ss:m.typeStart], &buf)
		}
		switch {
		case local == RelBasis:
			m.rel = RelBasis
		case nested:
			m.rel = RelReference
		case local != "":
			m.rel = local
		default:
			m.rel = lead
		}
		if !nested && (top == nil || top.sent != ss) && m.date == "" {
			// "Ngày 24/02/2020, Chính phủ ban hành Nghị định số 23/2020/NĐ-CP"
			if d, is := r.datedOpening(s[ss:m.typeStart]); d != "" {
				m.date = d
				if m.issuer == "" {
					m.issuer = is
				}
			}
		}
		if !nested {
			m.sent, m.lead, top = ss, lead, m
		}
	}
}

// citeListEnd reports whether gap ends with a list separator (a comma or
// "và") right before the next citation.
func citeListEnd(gap string) bool {
	g := strings.TrimRight(gap, " \t\n\r")
	return strings.HasSuffix(g, ",") || strings.HasSuffix(g, " và")
}

// citeEndsWith reports whether the folded words s end with the folded
// words w, as whole words.
func citeEndsWith(s, w string) bool {
	return strings.HasSuffix(s, w) && (len(s) == len(w) || !citeWordByte(s[len(s)-len(w)-1]))
}

// citeStartsWith reports whether the folded words s start with the folded
// words w, as whole words.
func citeStartsWith(s, w string) bool {
	return strings.HasPrefix(s, w) && (len(s) == len(w) || !citeWordByte(s[len(w)]))
}

// citeWordByte reports whether b belongs to a folded word (folded words
// are ASCII; quotes and dashes around them are not).
func citeWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// reportsOn reports whether the folded words before a citation, ending
// with the cue, name a subject of report before it: "kết quả triển khai
// thực hiện Kế hoạch số 134/KH-UBND", "tình hình thực hiện …".
func (r *citeRules) reportsOn(before, cue string) bool {
	b := strings.TrimRight(strings.TrimSuffix(before, cue), " ")
	for _, c := range r.cues { // "triển khai thực hiện"
		if c.rel == RelImplement {
			b = strings.TrimRight(strings.TrimSuffix(b, c.words), " ")
		}
	}
	b = strings.TrimRight(strings.TrimSuffix(b, "viec"), " ")
	for _, n := range r.reports {
		if citeEndsWith(b, n) {
			return true
		}
	}
	return false
}

// citeSeparators reports whether gap holds only punctuation, blanks and
// joining words between two citations of one list.
func citeSeparators(gap string) bool {
	for i := 0; i < len(gap); {
		for i < len(gap) && strings.IndexByte(" ,()\t\n\"-", gap[i]) >= 0 {
			i++
		}
		if strings.HasPrefix(gap[i:], "“") || strings.HasPrefix(gap[i:], "”") {
			i += len("“")
			continue
		}
		j := i
		for j < len(gap) && strings.IndexByte(" ,()\t\n\"", gap[j]) < 0 {
			j++
		}
		switch w := gap[i:j]; w {
		case "", "và", "cùng", "các", "hoặc", "Và":
		default:
			return false
		}
		i = j
	}
	return true
}

// citeSentenceStart returns where the sentence holding offset i starts:
// after the last ". " (or "! ", "? ") followed by a capital, or the line
// start.
func citeSentenceStart(s string, lo, i int) int {
	for j := i - 2; j > lo; j-- {
		if (s[j] == '.' || s[j] == '!' || s[j] == '?') && s[j+1] == ' ' && citeUpperAt(s, citeSpaces(s, j+1, 3)) {
			// not a list number "1. " or an abbreviation "TP. "
			k := j
			for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
				k--
			}
			if k < j && (k == 0 || s[k-1] == ' ' || s[k-1] == '.') {
				continue
			}
			return j + 2
		}
	}
	return lo
}

// wrapStart returns where the line starting at base begins its
// sentence when a PDF or a .doc wrapped it: the line before ends inside a
// sentence (a letter, digit or comma) and this one goes on in lower case
// or with a digit ("… Luật Quản lý, sử dụng vũ khí\nsố 42/2024/QH15"), or
// with a capital after a line as long as a page is wide. It looks back at
// most three lines.
// citeFullLine is the length in runes from which a line reads as filled to
// the page width of a PDF or a .doc (60–90 runes at 13–14 pt).
const citeFullLine = 60

// opensWithLead reports whether the text s opens with words that open a
// sentence stating a relation ("Căn cứ …", "Thực hiện …").
func (r *citeRules) opensWithLead(s string, buf *[]byte) bool {
	*buf = citeFoldAppend((*buf)[:0], s[:min(len(s), 40)])
	for _, l := range r.leads {
		if citeStartsWith(string(*buf), l.words) {
			return true
		}
	}
	return false
}

// citeFilledLine reports whether line reads as running text filled to the
// page width: long enough, not in capitals (a title), no heading or item.
func citeFilledLine(line string) bool {
	if utf8.RuneCountInString(line) < citeFullLine {
		return false
	}
	lower := false
	for _, r := range line {
		if unicode.IsLower(r) {
			lower = true
			break
		}
	}
	if !lower {
		return false
	}
	if mark, _ := secItem(line); mark != "" {
		return false
	}
	_, _, level := parseHeading(line)
	return level == 0
}

func (r *citeRules) wrapStart(s string, base int) int {
	var buf []byte
	for n := 0; n < 3 && base > 1; n++ {
		k := base
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		c, _ := utf8.DecodeRuneInString(s[k:])
		e := base - 1 // the '\n'
		for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == '\r') {
			e--
		}
		if e == 0 {
			return base
		}
		last, _ := utf8.DecodeLastRuneInString(s[:e])
		if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' {
			return base
		}
		prev := strings.LastIndexByte(s[:e], '\n') + 1
		// a capital goes on a line filled to the page width ("… của Tỉnh
		// ủy\nLào Cai; Công văn số …"), not a heading or a list item
		if !unicode.IsLower(c) && !unicode.IsDigit(c) && (!citeFilledLine(s[prev:e]) || r.opensWithLead(s[k:], &buf)) {
			return base
		}
		base = prev
	}
	return base
}

// datedOpening reads a sentence opening that dates and names the citation
// it introduces: "Ngày 24/02/2020, Chính phủ ban hành …", "Ngày 30/7/2021,
// Thủ tướng Chính phủ đã ký ban hành …". It returns "" when sent is not one.
func (r *citeRules) datedOpening(sent string) (date, issuer string) {
	sent = strings.TrimLeft(sent, " \t-+*•–—>#|")
	if !citeWordAt(sent, 0, "ngày") {
		return "", ""
	}
	d, n := parseDate(sent)
	if n == 0 {
		return "", ""
	}
	rest := strings.TrimSpace(strings.TrimLeft(sent[n:], " ,"))
	if citeWords(rest) > 12 {
		return "", ""
	}
	var buf [160]byte
	f := string(citeFoldAppend(buf[:0], rest))
	if !strings.HasSuffix(f, "ban hanh") {
		return "", ""
	}
	// the words before "(đã) (ký) ban hành" name the issuer
	ws := strings.Fields(rest)
	ws = ws[:len(ws)-2]
	for len(ws) > 0 {
		lw := strings.ToLower(ws[len(ws)-1])
		if lw != "đã" && lw != "ký" && lw != "vừa" {
			break
		}
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 && citeUpperAt(ws[0], 0) {
		issuer = r.normIssuer(strings.Join(ws, " "))
	}
	return d, issuer
}

// lead returns the relation a sentence's opening words state, or
// dan-chieu.
func (r *citeRules) lead(sent string, buf *[]byte) string {
	sent = strings.TrimLeft(sent, " \t-+*•–—>#|")
	// list markers: "a)", "1.", "1.2.", "II.", "(1)"
	if k := strings.IndexAny(sent, ".)"); k > 0 && k <= 6 && !strings.ContainsAny(sent[:k], " ") {
		sent = strings.TrimLeft(sent[k+1:], " ")
	}
	if len(sent) > 64 {
		sent = sent[:64]
	}
	*buf = citeFoldAppend((*buf)[:0], sent)
	f := string(*buf)
	f = strings.TrimPrefix(f, "de ")
	if strings.HasPrefix(f, "v/v ") {
		f = f[len("v/v "):]
	}
	f = strings.TrimPrefix(f, "ve viec ")
	for _, l := range r.leads {
		if citeStartsWith(f, l.words) {
			return l.rel
		}
	}
	return RelReference
}

// citeRelRank orders relations, strongest first.
func citeRelRank(rel string) int {
	switch rel {
	case RelBasis:
		return 3
	case RelImplement:
		return 2
	case RelReference:
		return 1
	}
	return 0
}

// citeGroup is one cited document and its mentions.
type citeGroup struct {
	key string
	ms  []*citeMention
}

// merge turns mentions into citations. Full mentions are grouped by
// canonical id; the document's own number (own) is dropped. An alias
// ("(gọi là Đề án 1373)") joins the latest full citation before it in its
// line with the same number, else the latest one. A short form ("Quyết
// định 489") joins, in order: the citation an alias gave that type and
// number, the latest full citation of the same type and number. Unresolved
// short forms are kept as a number-only citation (id "9047") when "số" or a
// date makes them a reference ("theo QĐ số 9047 ngày 13/11/2023"), else
// dropped.
func (r *citeRules) merge(ms []citeMention, own string, d *Document) ([]Citation, []string) {
	groups := map[string]*citeGroup{}
	var order []*citeGroup
	add := func(key string, m *citeMention) {
		g := groups[key]
		if g == nil {
			g = &citeGroup{key: key}
			groups[key] = g
			order = append(order, g)
		}
		g.ms = append(g.ms, m)
	}
	ownNum := ""
	if d.Number != nil {
		ownNum = d.Number.Num
	}
	aliases := map[string]string{}
	var lastFull []*citeMention
	for i := range ms {
		m := &ms[i]
		if !m.short {
			if m.id == own {
				continue
			}
			add(m.id, m)
			lastFull = append(lastFull, m)
			continue
		}
		if m.typ == d.DocType && strings.TrimLeft(m.num, "0") == strings.TrimLeft(ownNum, "0") {
			continue // "Kế hoạch 1960" in plan 1960
		}
		sk := m.typ + " " + strings.TrimLeft(m.num, "0")
		if m.alias {
			var target *citeMention
			for j := len(lastFull) - 1; j >= 0 && lastFull[j].line == m.line; j-- {
				if target == nil {
					target = lastFull[j]
				}
				if strings.TrimLeft(lastFull[j].num, "0") == strings.TrimLeft(m.num, "0") {
					target = lastFull[j]
					break
				}
			}
			if target != nil {
				aliases[sk] = target.id
				add(target.id, m)
				continue
			}
		}
		if id, ok := aliases[sk]; ok {
			add(id, m)
			continue
		}
		var target *citeMention
		for j := len(lastFull) - 1; j >= 0; j-- {
			f := lastFull[j]
			if f.typ == m.typ && citeSameNum(f.num, m.num) {
				target = f
				break
			}
		}
		if target == nil {
			// a later full citation of the same type and number
			for j := i + 1; j < len(ms); j++ {
				f := &ms[j]
				if !f.short && f.id != own && f.typ == m.typ && citeSameNum(f.num, m.num) {
					target = f
					break
				}
			}
		}
		if target != nil {
			add(target.id, m)
			continue
		}
		if m.so || m.date != "" {
			add("#"+sk, m)
		}
	}
	var out []Citation
	var warns []string
	for _, g := range order {
		c, w := r.citation(g)
		out = append(out, c)
		warns = append(warns, w...)
	}
	return out, warns
}

// citeSameNum reports whether a short form's number short names the full
// number full: equal without leading zeros, or its part before a dot
// ("Nghị quyết 66" for 66.4/2025/NQ-CP).
func citeSameNum(full, short string) bool {
	full, short = strings.TrimLeft(full, "0"), strings.TrimLeft(short, "0")
	if i := strings.IndexByte(full, '.'); i > 0 && !strings.Contains(short, ".") {
		full = full[:i]
	}
	return full == short
}

// citation builds one Citation from its mentions: type, number and symbol
// from the first full mention that has them, the first issuer stated after
// "của" (else the body the symbol's code names), the strongest relation,
// and the date from citeDate.
func (r *citeRules) citation(g *citeGroup) (Citation, []string) {
	c := Citation{Mentions: len(g.ms)}
	best := 0
	for _, m := range g.ms {
		if c.ID == "" && !m.short {
			c.ID, c.Num, c.Symbol = m.id, m.num, m.symbol
		}
		if c.Type == "" && m.typ != "" && !m.short {
			c.Type = m.typ
		}
		if c.Issuer == "" && m.issuer != "" {
			c.Issuer = m.issuer
		}
		if k := citeRelRank(m.rel); k > best {
			best, c.Relation = k, m.rel
		}
	}
	if c.ID == "" { // number only
		m := g.ms[0]
		c.ID, c.Num, c.Type = m.num, m.num, m.typ
	}
	if c.Type == "" {
		for _, m := range g.ms {
			if m.typ != "" {
				c.Type = m.typ
				break
			}
		}
	}
	if c.Issuer == "" {
		for _, m := range g.ms {
			if m.orgIssuer != "" {
				c.Issuer = m.orgIssuer
				break
			}
		}
	}
	if c.Relation == "" {
		c.Relation = RelReference
	}
	var warns []string
	c.Date, warns = r.citeDate(c.ID, g.ms)
	return c, warns
}

// citeDate decides the date of one citation from its mentions.
//
// Party term: a Party document cited with its term ("… của Bộ Chính trị
// khóa X") must be dated inside that term's years (citeterms.tsv). A date
// outside it is a typo: a warning says so ("citation 11-CT/TW dated
// 2017-04-13 lies outside khóa X (2006–2011)") and the year is corrected
// when exactly one single-digit change of it falls inside the term, or,
// when several do (2017 → 2007, 2010, 2011), when exactly one of them gives
// a date this document also cites for the same id. Otherwise the date is
// kept as written.
//
// Conflicts: when the mentions state different dates (as written), a
// warning lists them ("citation 11-CT/TW is dated both 2007-04-13 and
// 2017-04-13") and the date cited most often (after term corrections) wins;
// a tie goes to the first mention. A date that only truncates another
// ("2020" beside "2020-06-02") is no conflict, and the fuller one is kept.
func (r *citeRules) citeDate(id string, ms []*citeMention) (string, []string) {
	var written []string
	for _, m := range ms {
		if m.date != "" {
			written = append(written, m.date)
		}
	}
	if len(written) == 0 {
		return "", nil
	}
	var warns []string
	seen := map[string]bool{}
	dates := make([]string, 0, len(written))
	for _, m := range ms {
		if m.date == "" {
			continue
		}
		dt := m.date
		if m.term > 0 && len(dt) >= 4 {
			if fixed, w := r.termCheck(id, dt, m.term, written); w != "" {
				if !seen[w] {
					warns = append(warns, w)
					seen[w] = true
				}
				dt = fixed
			}
		}
		dates = append(dates, dt)
	}
	distinct := citeDistinct(written)
	if len(distinct) > 1 {
		sort.Strings(distinct)
		msg := "citation " + id + " is dated both " + distinct[0] + " and " + distinct[1]
		if len(distinct) > 2 {
			msg = "citation " + id + " is dated " + strings.Join(distinct[:len(distinct)-1], ", ") + " and " + distinct[len(distinct)-1]
		}
		warns = append([]string{msg}, warns...)
	}
	count := map[string]int{}
	for _, dt := range dates {
		count[dt]++
	}
	win := ""
	for _, dt := range dates { // first mention wins a tie
		if win == "" || count[dt] > count[win] {
			win = dt
		}
	}
	for _, dt := range dates {
		if len(dt) > len(win) && strings.HasPrefix(dt, win) {
			win = dt
		}
	}
	return win, warns
}

// citeDistinct returns the distinct dates of ds, leaving out those that
// only truncate another.
func citeDistinct(ds []string) []string {
	var out []string
	for _, d := range ds {
		dup := false
		for _, o := range ds {
			if len(o) > len(d) && strings.HasPrefix(o, d) {
				dup = true
			}
		}
		for _, o := range out {
			dup = dup || o == d
		}
		if !dup {
			out = append(out, d)
		}
	}
	return out
}

// termCheck checks date dt against Party term n. It returns the date to
// use and a warning, "" when dt lies inside the term or the term is
// unknown.
func (r *citeRules) termCheck(id, dt string, n int, written []string) (string, string) {
	term, ok := r.set.CiteTermByNumber(n)
	if !ok {
		return dt, ""
	}
	y, err := strconv.Atoi(dt[:4])
	if err != nil {
		return dt, ""
	}
	in := func(y int) bool { return y >= term.From && (term.To == 0 || y <= term.To) }
	if in(y) {
		return dt, ""
	}
	span := fmt.Sprintf("%d–%d", term.From, term.To)
	if term.To == 0 {
		span = fmt.Sprintf("%d–", term.From)
	}
	w := fmt.Sprintf("citation %s dated %s lies outside khóa %s (%s)", id, dt, term.Term, span)
	var cands []string
	for pos := 0; pos < 4; pos++ {
		for dgt := byte('0'); dgt <= '9'; dgt++ {
			if dt[pos] == dgt {
				continue
			}
			b := []byte(dt)
			b[pos] = dgt
			cy, _ := strconv.Atoi(string(b[:4]))
			if in(cy) && citeValidISO(string(b)) {
				cands = append(cands, string(b))
			}
		}
	}
	pick := ""
	if len(cands) == 1 {
		pick = cands[0]
	} else {
		for _, c := range cands {
			for _, o := range written {
				if o == c {
					if pick != "" && pick != c {
						return dt, w
					}
					pick = c
				}
			}
		}
	}
	if pick == "" {
		return dt, w
	}
	return pick, w + ", read as " + pick
}

// citeValidISO reports whether an ISO date (year, year-month or full) is a
// calendar date.
func citeValidISO(s string) bool {
	if len(s) < 10 {
		return true
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:10])
	return e1 == nil && e2 == nil && e3 == nil && isoDate(y, m, d) != ""
}
