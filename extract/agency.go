package extract

import (
	"bytes"
	"sort"
	"strings"
	"unicode"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// agHead is the opening of a body's name, e.g. "Sở" or "Ủy ban nhân dân".
type agHead struct {
	words    []string // lower-case words with their tones
	folded   []string // the words folded
	complete bool     // names a body without further words ("Chính phủ")
	not      bool     // looks like a head but names no body ("Bộ luật")
	owner    bool     // a Party committee that owns the body named before it
	mixed    bool     // its name needs a lower-case word ("Trường Sơn" is a place)
	title    bool     // not, and a body named right after it is part of its title ("Luật Bảo hiểm xã hội")
}

// agencyRules is the compiled form of the agency names and abbreviations.
type agencyRules struct {
	heads     []agHead
	byFirst   map[string][]int    // folded first word → heads, longest first
	abbr      map[string][]string // abbreviation as written → words of its full form
	abbrToks  map[string][]agTok  // abbreviation as written → tokens of its full form
	abbrLower bool                // some abbreviation opens with a lower-case letter
	byFold    map[string]int      // key of a name or variant → index in list
	prefixes  map[string]bool     // the keys of byFold cut after each of their words
	words     agWords             // stop words, compounds, places
	list      []rules.Agency
	listKeys  []string // agKey of each name in list
	closeTail []string // "_viet_nam": the words of each of words.closes as a key's tail
}

func newAgencyRules(r *rules.Set) *agencyRules {
	ar := &agencyRules{prefixes: map[string]bool{}, abbr: map[string][]string{}, abbrToks: map[string][]agTok{}, byFold: map[string]int{}, byFirst: map[string][]int{}}
	if r == nil {
		return ar
	}
	// The heads (agency_heads.tsv) open names; the words that end them and
	// the compounds that do not (agency_words.tsv) close them.
	ar.words = newAgWords(r)
	for _, h := range r.AgencyHeads {
		w := strings.Fields(strings.ToLower(h.Head))
		if len(w) == 0 {
			continue
		}
		f := make([]string, len(w))
		for i := range w {
			f[i] = vn.Fold(w[i])
		}
		ar.heads = append(ar.heads, agHead{words: w, folded: f, complete: h.Complete, not: h.Not, owner: h.Owner, mixed: h.Mixed, title: h.Title})
	}
	sort.SliceStable(ar.heads, func(i, j int) bool { return len(ar.heads[i].words) > len(ar.heads[j].words) })
	for i, h := range ar.heads {
		ar.byFirst[h.folded[0]] = append(ar.byFirst[h.folded[0]], i)
	}
	for _, a := range r.Abbreviations {
		if a.Abbr == "" || a.Full == "" {
			continue
		}
		full := strings.Fields(a.Full)
		ar.abbr[a.Abbr] = full
		toks := make([]agTok, len(full))
		for i, f := range full {
			d := f == "-" || f == "–"
			fold := vn.Fold(f)
			if d {
				fold = "-"
			}
			toks[i] = agTok{raw: f, fold: fold, cap: agCap(f), dash: d, fs: -1}
		}
		ar.abbrToks[a.Abbr] = toks
		ar.abbrLower = ar.abbrLower || agLowerStart(a.Abbr)
	}
	ar.list = r.Agencies
	for _, a := range r.Agencies {
		ar.listKeys = append(ar.listKeys, agKey(a.Name))
	}
	for _, c := range ar.words.closes {
		ar.closeTail = append(ar.closeTail, "_"+strings.Join(c, "_"))
	}
	for i, a := range r.Agencies {
		ar.byFold[agKey(ar.expand(a.Name))] = i
		for _, v := range a.Variants {
			ar.byFold[agKey(ar.expand(v))] = i
		}
	}
	for k := range ar.byFold {
		for i := 0; i <= len(k); i++ {
			if i == len(k) || k[i] == '_' {
				ar.prefixes[k[:i]] = true
			}
		}
	}
	return ar
}

// expand writes the abbreviations in s out in full.
func (r *agencyRules) expand(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if full, ok := r.abbr[w]; ok {
			f[i] = strings.Join(full, " ")
		}
	}
	return strings.Join(f, " ")
}

// canonical returns the name and key of a body read as name: the name as
// written (abbreviations already expanded) and the key of the lexicon entry
// it is a spelling of, or a key derived from the name.
//
// A name written in capitals ("SỞ CÔNG THƯƠNG" in a header) takes the
// lexicon's spelling, or sentence case when the lexicon has none.
func (r *agencyRules) canonical(name string) (string, string) {
	k := agKey(name)
	i, ok := r.byFold[k]
	if !ok {
		// "Hội Nông dân Việt Nam", "Ngân hàng Nhà nước Việt Nam": the
		// national body of a kind the lexicon knows shares its key.
		for _, tail := range r.closeTail {
			if strings.HasSuffix(k, tail) {
				i, ok = r.byFold[strings.TrimSuffix(k, tail)]
				break
			}
		}
	}
	if agAllCaps(name) {
		if ok && r.listKeys[i] == k {
			name = r.list[i].Name
		} else {
			name = agSentenceCase(name)
		}
	}
	if ok {
		// "Trung tâm VH - TT&TT": an abbreviation the rules do not write
		// out takes the lexicon's full name.
		if r.listKeys[i] != k && agHasAbbr(name) {
			name = r.list[i].Name
		}
		return name, r.list[i].Key
	}
	return name, k
}

// agHasAbbr reports whether name holds a word of two or more letters, all
// of them capitals: an abbreviation ("VH", "CNCH").
func agHasAbbr(name string) bool {
	n, lower := 0, false // capitals and whether a lower-case letter was seen, in the current word
	for _, c := range name {
		switch {
		case c == ' ' || c == '\t':
			if n >= 2 && !lower {
				return true
			}
			n, lower = 0, false
		case unicode.IsLower(c):
			lower = true
		case unicode.IsLetter(c):
			n++
		}
	}
	return n >= 2 && !lower
}

// agAllCaps reports whether s has letters and none of them in lower case.
func agAllCaps(s string) bool {
	letters := false
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		letters = letters || unicode.IsLetter(c)
	}
	return letters
}

// agSentenceCase writes a capitalized name in sentence case, the first
// word capitalized: "PHÒNG KINH TẾ" → "Phòng kinh tế".
func agSentenceCase(s string) string {
	return hdrCapitalize(strings.ToLower(s))
}

// agLocalityCase writes a locality written in capitals as a name reads:
// the locality words in lower case, the place after them in title case
// ("TỈNH LÀO CAI" → "tỉnh Lào Cai", "CÁC XÃ, THỊ TRẤN" → "các xã, thị
// trấn").
func agLocalityCase(loc string) string {
	if !agAllCaps(loc) {
		return loc
	}
	words := strings.Fields(strings.ToLower(loc))
	i := 0
	for i < len(words) {
		f := strings.TrimRight(vn.Fold(words[i]), ",")
		if i+1 < len(words) {
			if _, ok := agLocality2[[2]string{f, strings.TrimRight(vn.Fold(words[i+1]), ",")}]; ok {
				i += 2
				continue
			}
		}
		if _, ok := agLocality1[f]; !ok && f != "cac" && f != "cap" {
			break
		}
		i++
	}
	for ; i < len(words); i++ {
		words[i] = hdrCapitalize(words[i])
	}
	return strings.Join(words, " ")
}

// agRank orders roles, strongest first.
func agRank(role string) int {
	switch role {
	case RoleLead:
		return 0
	case RoleCoordinate:
		return 1
	case RoleAssigned:
		return 2
	case RoleRecipient:
		return 3
	}
	return 4
}

// agencies finds the bodies t names, each with its strongest role.
func (e *Extractor) agencies(t *text, d *Document) []Agency {
	r := e.ag
	if r == nil {
		return nil
	}
	acc := agAcc{idx: map[string]int{}}
	sc := agScratch{toks: make([]agTok, 0, 256)} // grown past the longest line's words
	impl := agImplSections(t, r.words.sections, &sc)
	inRecipients := false
	wrapped := "" // the line before, when it wraps into this one
	for li := range t.lines {
		line := t.line(li)
		if strings.TrimSpace(line) == "" {
			continue
		}
		head := strings.TrimLeft(line, " \t*#_")
		off := t.lines[li].Start
		ms := r.mentions(line, &sc)
		src := line // the line, or the line joined with the next one it wraps into
		carry := wrapped
		wrapped = ""
		if next, ok := agWrapsInto(t, li, line, ms, r); ok {
			wrapped = line
			src = line + " " + next
			all := r.mentions(src, &sc)
			ms = all[:0]
			for _, m := range all {
				if m.start < len(line) {
					ms = append(ms, m)
				}
			}
		}
		if head != "" && (head[0] == 'N' || head[0] == 'K' || head[0] == 'n' || head[0] == 'k') {
			fh := sc.fold(agPrefix(head, 12))
			if bytes.HasPrefix(fh, []byte("noi nhan")) || bytes.HasPrefix(fh, []byte("kinh gui")) {
				inRecipients = true
			} else if inRecipients {
				inRecipients = false
			}
		} else if inRecipients && !strings.HasPrefix(head, "-") && !strings.HasPrefix(head, "+") && !strings.HasPrefix(head, "•") {
			inRecipients = false
		}
		if len(ms) == 0 {
			continue
		}
		si := t.sectionAt(off)
		isHeading := si >= 0 && t.secs[si].Start == off
		inImpl := agIn(impl, off)
		lineLeads := -1 // whether the line says "chủ trì", computed once
		chain := false  // the mentions so far open the line, one after another
		var tasks []string
		tasksDone := false
		for k, m := range ms {
			if k == 0 {
				chain = agLeadsLine(src, m.start)
			} else {
				chain = chain && agListed(src[ms[k-1].start:ms[k-1].end], src[ms[k-1].end:m.start])
			}
			role := RoleMentioned
			switch {
			case inRecipients:
				role = RoleRecipient
			case bytes.HasPrefix(sc.fold(agPrefix(strings.TrimLeft(src[m.end:], " ,*_"), 24)), []byte("chu tri")):
				role = RoleLead
			default:
				before := src[:m.start]
				if c := strings.LastIndexAny(before, ";."); c >= 0 {
					before = before[c:]
				} else if carry != "" {
					// The clause began on the line a PDF wrapped.
					before = carry[strings.LastIndexAny(carry, ";.")+1:] + " " + before
				}
				switch {
				case r.coordinates(sc.fold(before)):
					role = RoleCoordinate
				case isHeading && chain && (inImpl || len(strings.TrimSpace(src[m.end:])) <= 60):
					role = RoleLead
				case inImpl:
					role = RoleAssigned
				case k == 0 && agLeadsLine(src, m.start):
					if lineLeads < 0 {
						lineLeads = 0
						if bytes.Contains(sc.fold(src), []byte("chu tri")) {
							lineLeads = 1
						}
					}
					if lineLeads == 1 {
						role = RoleAssigned
					}
				}
			}
			name, key := r.canonical(m.name)
			if m.locality != "" {
				name += " " + agLocalityCase(m.locality)
			}
			i := acc.add(name, key, role)
			if isHeading && chain && (role == RoleLead || role == RoleAssigned) {
				// Every body the heading lists takes the tasks under it.
				if !tasksDone {
					end := ms[k].end
					for _, m2 := range ms[k+1:] {
						if !agListed(src[:end], src[end:m2.start]) {
							break
						}
						end = m2.end
					}
					tasks, tasksDone = agTasks(t, si, line[min(end, len(line)):]), true
				}
				acc.out[i].Tasks = append(acc.out[i].Tasks, tasks...)
			}
		}
	}
	for _, rc := range d.Recipients {
		for _, m := range r.mentions(rc, &sc) {
			name, key := r.canonical(m.name)
			if m.locality != "" {
				name += " " + agLocalityCase(m.locality)
			}
			acc.add(name, key, RoleRecipient)
		}
	}
	return acc.out
}

// agWrapMin is the length from which a line may be a wrapped one: a PDF
// line broken at the page width, not a short heading.
const agWrapMin = 60

// agWrapTail is how far before the end of a line a name may stop and still
// run on into the next: " và", " -".
const agWrapTail = 5

// agWrapsInto returns the line after line li when a body's name may run on
// into it: line is long, ends without punctuation, with a name or a
// capitalized word, and the next line opens no item or heading. Lines
// that are paragraphs (docx, html) never wrap.
func agWrapsInto(t *text, li int, line string, ms []agMention, r *agencyRules) (string, bool) {
	tl := strings.TrimRight(line, " \t")
	if t.paragraphs || len(tl) < agWrapMin || li+1 >= len(t.lines) || strings.ContainsAny(tl[len(tl)-1:], ".;:!?") {
		return "", false
	}
	// A name at the end of the line, but for a trailing "và" or dash.
	atEnd := len(ms) > 0 && ms[len(ms)-1].end+agWrapTail >= len(tl)
	if !atEnd {
		w := tl[strings.LastIndexAny(tl, " \t")+1:]
		if !agUpperStart(w) || !r.mayName(w) && len(ms) == 0 {
			return "", false
		}
	}
	next := strings.TrimSpace(t.line(li + 1))
	if next == "" && li+2 < len(t.lines) {
		// A page break between: the text goes on in lower case, or after
		// a name left hanging on a dash or "và" ("Bộ Lao động -").
		next = strings.TrimSpace(t.line(li + 2))
		if !agLowerStart(next) && !(atEnd && agDangles(tl)) {
			return "", false
		}
	}
	if next == "" {
		return "", false
	}
	if mark, _ := secItem(next); mark != "" {
		return "", false
	}
	if _, _, level := parseHeading(next); level > 0 {
		return "", false
	}
	return next, true
}

// agDangles reports whether line ends in a dash or "và": a name cut there
// goes on on the next line.
func agDangles(line string) bool {
	if strings.HasSuffix(line, "-") || strings.HasSuffix(line, "–") {
		return true
	}
	sp := strings.LastIndexAny(line, " \t")
	return sp >= 0 && (line[sp+1:] == "và" || line[sp+1:] == "va")
}

// agAcc merges mentions into one entry per key with its strongest role.
type agAcc struct {
	idx map[string]int
	out []Agency
}

func (a *agAcc) add(name, key, role string) int {
	if i, ok := a.idx[key]; ok {
		if agRank(role) < agRank(a.out[i].Role) {
			a.out[i].Role = role
		}
		if len(name) > len(a.out[i].Name) && agRank(role) <= agRank(a.out[i].Role) {
			a.out[i].Name = name
		}
		return i
	}
	a.idx[key] = len(a.out)
	a.out = append(a.out, Agency{Name: name, Key: key, Role: role})
	return len(a.out) - 1
}

// agLeadsLine reports whether the text of line before off is only a list
// mark, a number or "Đề nghị".
func agLeadsLine(line string, off int) bool {
	p := strings.TrimSpace(strings.Trim(line[:off], " \t*#_-+•"))
	if p == "" {
		return true
	}
	if f := vn.Fold(p); strings.HasSuffix(f, "de nghi") {
		p = strings.TrimSpace(p[:len(p)-len("Đề nghị")])
	}
	p = strings.Trim(p, " \t*#_-+•\\")
	for _, c := range p {
		if !(c >= '0' && c <= '9' || c == '.' || c == ')' || c == ' ' || c >= 'a' && c <= 'z' || c == 'đ' || c >= 'I' && c <= 'X') {
			return false
		}
	}
	return len(p) <= 8
}

// agPrefix returns at most n bytes of s, cut at a rune boundary.
func agPrefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// agImplTitleMax is how much of a heading is searched for the triggers:
// they open it ("IV. TỔ CHỨC THỰC HIỆN", "3. Trách nhiệm của các sở").
const agImplTitleMax = 80

// agImplSections returns the extents of the implementation sections.
// A heading opens one when it holds words of kind section (agency_words.tsv).
func agImplSections(t *text, sections [][]byte, sc *agScratch) [][2]int {
	var out [][2]int
	for _, s := range t.secs {
		f := sc.fold(agPrefix(s.Title, agImplTitleMax))
		for _, tr := range sections {
			if bytes.Contains(f, tr) {
				out = append(out, [2]int{s.Start, s.End})
				break
			}
		}
	}
	return out
}

func agIn(ranges [][2]int, off int) bool {
	for _, r := range ranges {
		if r[0] <= off && off < r[1] {
			return true
		}
	}
	return false
}

// agTaskMax caps the length of one task.
const agTaskMax = 400

// agTaskWords is how many words the rest of a heading needs to be a task
// ("1. Sở Tài chính: Cân đối, bố trí kinh phí").
const agTaskWords = 3

// agTasks returns the tasks of the bodies heading section si, rest being
// the heading after their names: the items under it (lettered
// sub-sections, bulleted lines), else the rest of the heading when it
// says something, else the paragraphs under it (lines a PDF wrapped joined).
// The list of recipients or a signature block ends them.
func agTasks(t *text, si int, rest string) []string {
	s := t.secs[si]
	var out []string
	// The paragraphs are kept as their lines and joined only when needed.
	var spans [][2]int // first and last line of each paragraph
	open := -1
	flush := func(li int) {
		if open >= 0 {
			spans = append(spans, [2]int{open, li})
			open = -1
		}
	}
	for li := range t.lines {
		st := t.lines[li].Start
		if st <= s.Start {
			continue
		}
		if st >= s.End {
			break
		}
		line := strings.TrimSpace(t.line(li))
		if agEndsTasks(line) {
			break
		}
		mark, item := secItem(line)
		if mark == "" {
			num, title, level := parseHeading(line)
			if level == 0 || num == "" {
				if line = strings.Trim(line, " \t*_"); line == "" || t.paragraphs {
					flush(li)
				}
				if line != "" && open < 0 {
					open = li
				}
				continue
			}
			item = title
		}
		flush(li)
		item = strings.Trim(item, " \t*_")
		if item == "" {
			continue
		}
		out = append(out, agPrefix(item, agTaskMax))
	}
	if open >= 0 {
		spans = append(spans, [2]int{open, len(t.lines)})
	}
	if len(out) > 0 {
		return out
	}
	paras := make([]string, 0, len(spans))
	for _, sp := range spans {
		var b strings.Builder
		for li := sp[0]; li < sp[1] && t.lines[li].Start < s.End; li++ {
			l := strings.TrimSpace(t.line(li))
			if agEndsTasks(l) {
				break
			}
			if l = strings.Trim(l, " \t*_"); l == "" {
				if b.Len() > 0 {
					break
				}
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(l)
		}
		if b.Len() > 0 {
			paras = append(paras, agPrefix(b.String(), agTaskMax))
		}
	}
	// "Ngân hàng Chính sách xã hội chi nhánh tỉnh: Bố trí nguồn vốn": the
	// task is after the colon.
	if c := strings.IndexByte(rest, ':'); c >= 0 && c < agTaskColon {
		rest = rest[c+1:]
	}
	rest = strings.Trim(rest, " \t*_:,;.-–")
	if f := agFoldString(agPrefix(rest, 4)); strings.HasPrefix(f, "va ") || strings.HasPrefix(f, "cac ") {
		rest = "" // "và các tổ chức chính trị - xã hội": more bodies, no task
	}
	if len(strings.Fields(rest)) < agTaskWords {
		return paras
	}
	if !t.paragraphs && len(paras) > 0 && !strings.ContainsAny(rest[len(rest)-1:], ".;:!?") {
		// A heading a PDF wrapped: its first paragraph is the rest of it.
		return append([]string{agPrefix(rest+" "+paras[0], agTaskMax)}, paras[1:]...)
	}
	if len(paras) > 0 {
		return paras
	}
	return []string{agPrefix(rest, agTaskMax)}
}

// agTaskColon is how far into the rest of a heading a colon may stand and
// still close the name before the task.
const agTaskColon = 60

// agEndsTasks reports whether line opens the list of recipients or a
// signature block ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"): no task of the
// heading above.
func agEndsTasks(line string) bool {
	if len(line) < 4 {
		return false
	}
	var buf [24]byte
	f := string(agFoldAppend(buf[:0], agPrefix(line, 16))) // no allocation: compared only
	return strings.HasPrefix(f, "noi nhan") || strings.HasPrefix(f, "kinh gui") || strings.HasPrefix(f, "tm.") || strings.HasPrefix(f, "kt.") || agAllCaps(line) && !strings.ContainsAny(line, "0123456789")
}

// agListed reports whether the text between two names only lists them
// (", ", " và ", "; "); prev is the text up to the end of the first.
func agListed(prev, between string) bool {
	if strings.TrimSpace(between) == "" && !strings.HasSuffix(prev, ",") && !strings.HasSuffix(prev, ";") {
		return false // "Đảng ủy UBND thành phố": one body of another
	}
	b := strings.TrimSpace(strings.Trim(between, " \t,;*_"))
	return b == "" || b == "và" || b == "va" || b == "," || b == "các"
}

// coordinates reports whether the folded clause before a name sets it
// after "phối hợp (với)" with no verb between: "phối hợp với các sở tham mưu
// UBND tỉnh" names UBND tỉnh as the one advised.
func (r *agencyRules) coordinates(before []byte) bool {
	p := bytes.LastIndex(before, []byte("phoi hop"))
	if p < 0 {
		return false
	}
	words := strings.Fields(string(before[p+len("phoi hop"):]))
	for i, w := range words {
		// A verb ends the list after a name, not after a comma or "các":
		// "các ban, ngành, tổ chức chính trị - xã hội" lists bodies.
		if i == 0 || strings.HasSuffix(words[i-1], ",") || words[i-1] == "cac" || words[i-1] == "va" {
			continue
		}
		for _, v := range r.words.verbs[strings.Trim(w, ",;:.()")] {
			if i+len(v) > len(words) {
				continue
			}
			ok := true
			for k, vw := range v {
				if strings.Trim(words[i+k], ",;:.()") != vw {
					ok = false
					break
				}
			}
			if ok {
				return false
			}
		}
	}
	return true
}
