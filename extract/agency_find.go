package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// agTok is one word of a line as the agency finder sees it.
type agTok struct {
	raw   string // as written, markup and edge punctuation removed
	fold  string // folded form of raw
	cap   bool   // raw opens with a capital letter
	dash  bool   // a dash between two parts of a name
	tight bool   // the dash was written between two letters ("động-Thương")
	end   bool   // punctuation after the word closes the name
	comma bool   // the punctuation after the word is a comma
	start int    // byte offset of the word in its line
	fs    int32  // fold's offset in the line's folds, -1 when fold is set
	fe    int32  // end of the fold in the line's folds
}

// agMention is one body named in a line.
type agMention struct {
	name     string // full name as written, abbreviations expanded
	locality string // "huyện", "tỉnh Long An", "các xã, thị trấn"
	start    int    // byte offset in the line where the name starts
	end      int    // byte offset in the line after the name
}

// agPlain reports whether a token was written without diacritics.
func agPlain(t agTok) bool { return len(t.raw) == len(t.fold) }

// agScratch holds the buffers one extraction reuses from line to line.
type agScratch struct {
	toks []agTok
	ms   []agMention
	fb   []byte // folded words of the current line
	tmp  []byte // a folded clause
}

// fold returns s folded into the scratch clause buffer, valid until the
// next call.
func (sc *agScratch) fold(s string) []byte {
	sc.tmp = agFoldAppend(sc.tmp[:0], s)
	return sc.tmp
}

// tokens splits line into sc.toks, expanding abbreviations ("GD&ĐT") into
// the words of their full form and dashes into their own tokens. The folds
// of all words share one string.
func (r *agencyRules) tokens(line string, sc *agScratch) []agTok {
	toks := sc.toks[:0]
	sc.fb = sc.fb[:0]
	i := 0
	for i < len(line) {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		if j > i {
			toks = r.addWord(toks, sc, line[i:j], i)
		}
		i = j
	}
	folds := string(sc.fb)
	for k := range toks {
		if t := &toks[k]; t.fs >= 0 {
			t.fold = folds[t.fs:t.fe]
		}
	}
	sc.toks = toks
	return toks
}

// agEdge are the characters trimmed off both ends of a word.
const agEdge = "*_\"“”‘’'`()[]{}<>«»"

// agClosers end a name when they follow a word.
const agClosers = ",;:.!?)”\"]/"

func (r *agencyRules) addWord(toks []agTok, sc *agScratch, w string, off int) []agTok {
	if n := agLettersLen(w); n == len(w) {
		// Most words: no punctuation to trim, no dash or slash to split.
		if r.abbrLower || !agLowerStart(w) {
			if full, ok := r.abbrToks[w]; ok {
				for _, f := range full {
					f.start = off
					toks = append(toks, f)
				}
				return toks
			}
		}
		return append(toks, r.wordOf(sc, w, off, false, false))
	} else if n > 0 && agClosersOnly(w[n:]) {
		// "tỉnh,", "Thương.": letters and closing punctuation, what the
		// general path below makes of them without its trimming.
		core, comma := w[:n], w[n] == ','
		if full, ok := r.abbrToks[core]; ok {
			return agAppendFull(toks, full, off, true, comma)
		}
		t := r.wordOf(sc, core, off, true, false)
		t.comma = comma
		return append(toks, t)
	}
	lead := len(w) - len(strings.TrimLeft(w, agEdge))
	if lead > 0 && strings.ContainsAny(w[:lead], "(“\"[«") && len(toks) > 0 {
		toks[len(toks)-1].end = true
	}
	w = w[lead:]
	off += lead
	core := strings.TrimRight(w, agEdge+",;:.!?/")
	if c2 := strings.TrimRight(core, "-–—"); c2 != core && c2 != "" && strings.ContainsAny(c2[len(c2)-1:], ",;:.!?/") {
		core = strings.TrimRight(c2, agEdge+",;:.!?/") // "Tổng Bí thư;-": a list dash glued on
		w = c2 + ";"
	}
	end := len(core) < len(w) && strings.ContainsAny(w[len(core):], agClosers)
	comma := len(core) < len(w) && strings.HasPrefix(strings.TrimLeft(w[len(core):], agEdge), ",")
	if core == "" {
		if end && len(toks) > 0 {
			toks[len(toks)-1].end = true
			toks[len(toks)-1].comma = comma
		}
		return toks
	}
	if core == "-" || core == "–" || core == "—" {
		return append(toks, agTok{raw: core, fold: "-", dash: true, end: end, start: off, fs: -1})
	}
	if full, ok := r.abbrToks[core]; ok {
		return agAppendFull(toks, full, off, end, comma)
	}
	// "Sở Du lịch/Sở Văn hóa": a slash between words closes the first.
	if k := strings.IndexByte(core, '/'); k > 0 && k < len(core)-1 && !strings.ContainsAny(core, "0123456789") {
		toks = r.addWord(toks, sc, core[:k]+"/", off)
		return r.addWord(toks, sc, w[k+1:], off+k+1)
	}
	// "Lao động-Thương binh": split at dashes between letters. The parts of
	// a document number ("1373/QĐ-TTg") are no bodies.
	// "PT-TH" (Phát thanh - Truyền hình): when a part written in capitals
	// is no abbreviation the rules know, no part is expanded ("TH" is also
	// Tiểu học).
	symbol := strings.ContainsAny(core, "/0123456789") || !r.partsKnown(core)
	for {
		k := strings.IndexAny(core, "-–")
		if k <= 0 || k == len(core)-1 {
			break
		}
		if full, ok := r.abbrToks[core[:k]]; ok && len(full) > 1 && !symbol {
			for _, f := range full { // "HĐND-UBND"
				f.start = off
				toks = append(toks, f)
			}
		} else {
			toks = append(toks, r.word(sc, core[:k], off, false))
		}
		_, dl := utf8.DecodeRuneInString(core[k:])
		toks = append(toks, agTok{raw: core[k : k+dl], fold: "-", dash: true, tight: true, start: off + k, fs: -1})
		off += k + dl
		core = core[k+dl:]
	}
	if full, ok := r.abbrToks[core]; ok && len(full) > 1 && !symbol {
		for _, f := range full { // "UBND" after "HĐND-"
			f.start = off
			toks = append(toks, f)
		}
		toks[len(toks)-1].end = end
		toks[len(toks)-1].comma = comma
		return toks
	}
	t := r.word(sc, core, off, end)
	t.comma = comma
	return append(toks, t)
}

// partsKnown reports whether every part of the dashed word core written
// in capitals ("HĐND", "UBND") is an abbreviation of the rules.
func (r *agencyRules) partsKnown(core string) bool {
	for core != "" {
		k := strings.IndexAny(core, "-–")
		part := core
		if k >= 0 {
			part = core[:k]
			_, dl := utf8.DecodeRuneInString(core[k:])
			core = core[k+dl:]
		} else {
			core = ""
		}
		if _, ok := r.abbrToks[part]; !ok && agHasAbbr(part) {
			return false
		}
	}
	return true
}

// word makes the token of w; its fold is appended to sc.fb and set by
// tokens once the line is done.
func (r *agencyRules) word(sc *agScratch, w string, off int, end bool) agTok {
	return r.wordOf(sc, w, off, end, true)
}

// wordOf is word; lookup is false when w is known to be no abbreviation.
func (r *agencyRules) wordOf(sc *agScratch, w string, off int, end, lookup bool) agTok {
	if lookup {
		if full, ok := r.abbrToks[w]; ok && len(full) == 1 && !full[0].dash {
			t := full[0]
			t.start, t.end = off, end
			return t
		}
	}
	fs := len(sc.fb)
	sc.fb = agFoldAppend(sc.fb, w)
	return agTok{raw: w, cap: agCap(w), end: end, start: off, fs: int32(fs), fe: int32(len(sc.fb))}
}

// agCap reports whether w opens with an upper-case letter and is not
// written all in capitals (a header line such as "CỘNG HÒA XÃ HỘI").
func agCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		if len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' {
			return true // "Sở", "Ban": the usual capitalized word
		}
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if n == len(w) {
		return true
	}
	for _, c := range w[n:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// agWordIs reports whether t is the word w (lower case, with its tones);
// a word written without any diacritics matches on its folded form.
func agWordIs(t agTok, w, folded string) bool {
	if t.fold != folded {
		return false
	}
	return agPlain(t) || strings.EqualFold(t.raw, w)
}

// headAt reports how many tokens of the head of a body start at toks[i]
// ("Sở", "Ủy ban nhân dân", "Bộ Chỉ huy"), and whether the head names a
// body by itself ("Chính phủ", "Tỉnh ủy") or none ("Bộ luật"). n is 0 when
// no head starts there.
func (r *agencyRules) headAt(toks []agTok, i int) (n int, head *agHead) {
	if !toks[i].cap {
		return 0, nil
	}
	for _, hi := range r.byFirst[toks[i].fold] { // longest first
		h := &r.heads[hi]
		if i+len(h.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range h.words {
			if !agWordIs(toks[i+k], w, h.folded[k]) || (k < len(h.words)-1 && toks[i+k].end) {
				ok = false
				break
			}
		}
		// A head without diacritics ("Phong") counts only in text without
		// them ("Phong Giao duc"), not before "trào".
		if ok && i+len(h.words) < len(toks) && agPlain(toks[i]) && h.words[0] != h.folded[0] && !agPlain(toks[i+len(h.words)]) {
			ok = false
		}
		if ok {
			return len(h.words), h
		}
	}
	return 0, nil
}

// agLocality1 and agLocality2 are the words that open a locality after a
// name, folded → with tones: the grammar of places, not a list of places.
var (
	agLocality1 = map[string]string{"tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "quan": "quận", "phuong": "phường", "thon": "thôn"}
	agLocality2 = map[[2]string][2]string{
		{"thi", "tran"}: {"thị", "trấn"}, {"thanh", "pho"}: {"thành", "phố"},
		{"thi", "xa"}: {"thị", "xã"}, {"trung", "uong"}: {"trung", "ương"},
		{"dac", "khu"}: {"đặc", "khu"},
	}
)

// agLocalityAt reports how many tokens a locality word starting at toks[i]
// takes ("huyện" 1, "thị trấn" 2), or 0. Words match with their tones
// (quân is not quận) unless written without diacritics.
func agLocalityAt(toks []agTok, i int) int {
	if toks[i].cap {
		return 0
	}
	// "quan" for quận only in text written without diacritics: the word
	// before is bare too ("Cục Hải quan" is no district).
	if i > 0 && agPlain(toks[i]) && !agPlain(toks[i-1]) && !toks[i-1].dash {
		if _, ok := agLocality1[toks[i].fold]; ok && agLocality1[toks[i].fold] != toks[i].fold {
			return 0
		}
	}
	if i+1 < len(toks) && !toks[i].end {
		if w, ok := agLocality2[[2]string{toks[i].fold, toks[i+1].fold}]; ok && agWordIs(toks[i], w[0], toks[i].fold) && agWordIs(toks[i+1], w[1], toks[i+1].fold) {
			return 2
		}
	}
	if w, ok := agLocality1[toks[i].fold]; ok && agWordIs(toks[i], w, toks[i].fold) {
		return 1
	}
	return 0
}

// mentions finds the bodies named in line, into sc.ms.
func (r *agencyRules) mentions(line string, sc *agScratch) []agMention {
	sc.ms = sc.ms[:0]
	if !r.mayName(line) {
		return sc.ms
	}
	toks := r.tokens(line, sc)
	for i := 0; i < len(toks); {
		n, h := r.headAt(toks, i)
		if n == 0 {
			i++
			continue
		}
		if h.not {
			i = r.skipNot(toks, i+n, h.title)
			continue
		}
		m, next, ok := r.mentionAt(line, toks, i, n, h)
		if ok {
			sc.ms = append(sc.ms, m)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return sc.ms
}

// agNotMax caps the words skipped after a head that names no body.
const agNotMax = 10

// skipNot returns the index after the name that follows a head naming no
// body ("Tổng công ty Xây dựng Trường Sơn", "Bộ luật Hình sự"): its words up
// to punctuation or a stop word, heads inside it included. A body named
// right after the head is read, unless the head is a title ("Luật Bảo hiểm
// xã hội").
func (r *agencyRules) skipNot(toks []agTok, j int, title bool) int {
	for s := j; j < len(toks) && j-s < agNotMax && !toks[j-1].end; j++ {
		t := toks[j]
		if t.cap {
			if h, _ := r.headAt(toks, j); h > 0 && j == s && !title {
				break // "Báo cáo Ủy ban nhân dân tỉnh"
			}
			continue
		}
		if strings.ContainsAny(t.fold, "/0123456789") {
			break
		}
		// "Công ty cổ phần xây dựng Trường Sơn": a verb inside a company's
		// name, known by the capitals that follow it ("gửi về Phòng" is
		// two stop words: the sentence goes on).
		if r.words.stopAt(toks, j) && (title || !r.nameGoesOn(toks, j)) {
			break
		}
	}
	return j
}

// nameGoesOn reports whether the stop word toks[j] is followed, within two
// words and no stop word or punctuation, by a capitalized word; not by a
// body's head right after it ("PCCC của Phòng Cảnh sát": the name ended),
// but for a head that may be a place or person ("xây dựng Trường Sơn").
func (r *agencyRules) nameGoesOn(toks []agTok, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+2 && !toks[k-1].end; k++ {
		if toks[k].cap {
			if n, h := r.headAt(toks, k); k == j+1 && n > 0 && !h.not && !h.mixed {
				return false
			}
			return true
		}
		if r.words.stopAt(toks, k) {
			return false
		}
	}
	return false
}

// bodyHeadAt is headAt for heads that open a body: "Phòng thủ" inside
// "Ban Chỉ đạo Phòng thủ dân sự" does not end the name.
func (r *agencyRules) bodyHeadAt(toks []agTok, j int) int {
	if n, h := r.headAt(toks, j); n > 0 && !h.not {
		return n
	}
	return 0
}

// mentionAt reads the name of a body whose head of n tokens starts at
// toks[i]: the head, the name words up to a verb, punctuation, a place or
// another head, then a locality.
func (r *agencyRules) mentionAt(line string, toks []agTok, i, n int, h *agHead) (agMention, int, bool) {
	complete := h.complete
	j := i + n
	lower, capSeen, closed := 0, false, false
	for j < len(toks) && !toks[j-1].end && j-i < 16 {
		t := toks[j]
		if closed && !t.dash {
			break // "Ngân hàng Nhà nước Việt Nam giải ngân"
		}
		if t.dash {
			if j+1 >= len(toks) || t.end || r.words.endsAfterDash(toks, j+1) {
				break
			}
			if h, _ := r.headAt(toks, j+1); h > 0 {
				break
			}
			// "Văn hóa – xã hội": the word after a dash belongs to the name.
			j += 2
			lower = 0
			if toks[j-1].cap {
				capSeen = true
			}
			continue
		}
		if t.fold == "va" && j > i+n && j+1 < len(toks) && toks[j+1].cap {
			// "và Bảo hiểm xã hội" is another body, "và Giấy chứng nhận"
			// no part of a name.
			if h, _ := r.headAt(toks, j+1); h > 0 || r.words.endsAfterDash(toks, j+1) {
				break
			}
			j++
			continue
		}
		if agLocalityAt(toks, j) > 0 && !r.words.compoundGoesOn(toks, j) || j > i+n && r.capLocalityAt(toks, j) > 0 {
			break
		}
		if t.cap {
			// "Cục Báo chí", "Bộ Công an": a head right after a head that
			// names no body alone is its name, unless it opens a title
			// ("Hội đồng Bộ trưởng").
			if complete {
				break
			}
			hn := r.bodyHeadAt(toks, j)
			if hn > 0 && (j > i+n || j+hn >= len(toks) || toks[j+hn-1].end || r.words.stopAt(toks, j+hn)) {
				break
			}
			// "Sở Công Thương Lào Cai": a province or district after the
			// first name word is the locality.
			if j > i+n && r.placeEnds(toks, i, j) {
				break
			}
			capSeen = true
			lower = 0
			if c := r.words.closeAt(toks, j); c > 0 {
				j += c
				closed = true
				continue
			}
			j += max(hn, 1) // "Văn phòng Ủy ban An toàn giao thông": the inner head whole
			continue
		}
		if complete || lower >= 3 || r.words.stopAt(toks, j) || r.words.verbAt(toks, j) || !agHasLetter(t.raw) || strings.ContainsAny(t.fold, "/0123456789") {
			break
		}
		// A compound ("vệ sinh lao động") counts as one word.
		if !(j > i+n && r.words.inCompound(toks, j) && r.words.inCompound(toks, j-1)) {
			lower++
		}
		j++
	}
	// A trailing "và" or dash is not part of the name.
	for j > i+n && (toks[j-1].fold == "va" || toks[j-1].dash) {
		j--
	}
	if l := r.lexiconAt(toks, i); l > j {
		j, capSeen = l, true // a known body the words above cut short
	}
	j = r.lexiconCut(toks, i, n, j)
	nameEnd := j
	if nameEnd == i+n && !complete {
		// "Văn phòng Thành ủy": a head and the Party committee owning it.
		on, _ := r.ownerAt(toks, nameEnd)
		if on == 0 {
			return agMention{}, nameEnd, false
		}
		nameEnd += on
		j, capSeen = nameEnd, true
	}
	// "Hội An", "Trường Sơn": a place the gazetteer knows is no body.
	if !complete && r.words.placeAt(toks, i, agPlaceAny) == nameEnd-i {
		return agMention{}, nameEnd, false
	}
	if h.mixed && agAllCap(toks[i+n:nameEnd]) {
		if _, ok := r.byFold[agKey(agJoin(toks[i:nameEnd]))]; !ok {
			return agMention{}, nameEnd, false // "Đoàn Đức Quý", "Trường Sơn"
		}
	}
	name := agJoin(toks[i:nameEnd])
	if !capSeen && nameEnd > i+n && !complete {
		if _, ok := r.byFold[agKey(name)]; !ok {
			return agMention{}, nameEnd, false
		}
	}
	var loc string
	k := nameEnd
	if on, _ := r.ownerAt(toks, nameEnd); on > 0 {
		// "Ban Tuyên giáo Tỉnh ủy": the Party committee the body belongs
		// to stands where a locality would.
		l2, k2 := r.localityAt(toks, nameEnd+on)
		loc, k = agJoin(toks[nameEnd:nameEnd+on]), k2
		if l2 != "" {
			loc += " " + l2
		}
	} else {
		loc, k = r.localityAt(toks, nameEnd)
	}
	end := agTokEnd(line, toks[max(k, nameEnd)-1])
	return agMention{name: name, locality: loc, start: toks[i].start, end: end}, max(k, nameEnd), true
}

// placeEnds reports whether a province or district starting at toks[j]
// closes the name toks[i:j] as its locality: not when a locality word
// follows it ("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện") or when the
// lexicon knows the name with it.
func (r *agencyRules) placeEnds(toks []agTok, i, j int) bool {
	w := r.words.placeAt(toks, j, agPlaceBig)
	if w == 0 {
		return false
	}
	if e := j + w; e < len(toks) && !toks[e-1].end && agLocalityAt(toks, e) > 0 {
		return false
	}
	var buf [160]byte
	b := buf[:0]
	for k := i; k < j+w; k++ {
		b = agKeyAppend(b, toks[k].fold)
	}
	_, known := r.byFold[string(b)]
	return !known
}

// lexiconAt returns the index after the longest body of the lexicon that
// starts at toks[i] ("Sở Văn hóa, Thể thao và Du lịch" across its comma),
// or 0.
func (r *agencyRules) lexiconAt(toks []agTok, i int) int {
	var buf [160]byte
	b := buf[:0]
	best := 0
	for k := i; k < len(toks) && k < i+16; k++ {
		t := toks[k]
		if strings.ContainsAny(t.fold, "/0123456789") {
			break
		}
		b = agKeyAppend(b, t.fold)
		if !r.prefixes[string(b)] {
			break // no body of the lexicon goes on like this
		}
		if _, ok := r.byFold[string(b)]; ok && !t.dash {
			best = k + 1
		}
		if t.end && !t.comma {
			break
		}
	}
	return best
}

// ownerAt reports how many tokens of an owning Party committee ("Tỉnh
// ủy", "Huyện ủy") follow a name ending at toks[k] with no punctuation
// between, or 0.
func (r *agencyRules) ownerAt(toks []agTok, k int) (int, *agHead) {
	if k >= len(toks) || toks[k-1].end {
		return 0, nil
	}
	n, h := r.headAt(toks, k)
	if h == nil || !h.owner {
		return 0, nil
	}
	return n, h
}

// lexiconCut shortens the name toks[i:j] to the longest prefix that is a
// body of the lexicon when the words after that prefix are lower case or
// follow a dash ("Sở Công Thương thông báo", "Sở Công Thương – Trưởng
// đoàn" → Sở Công Thương); a name the lexicon knows whole is kept.
func (r *agencyRules) lexiconCut(toks []agTok, i, n, j int) int {
	var buf [160]byte
	b := buf[:0]
	cut := -1
	for k := i; k < j; k++ {
		b = agKeyAppend(b, toks[k].fold)
		if k+1 < i+n {
			continue
		}
		if _, ok := r.byFold[string(b)]; ok && !toks[k].dash {
			cut = k + 1
		}
	}
	if cut < 0 || cut == j || !agLowerStart(toks[cut].raw) && !toks[cut].dash {
		return j
	}
	return cut
}

// agKeyAppend appends the folded word w to a key being built as agKey does:
// its letters and digits, words joined by underscores.
func agKeyAppend(b []byte, w string) []byte {
	under := len(b) > 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if under && len(b) > 0 {
				b = append(b, '_')
			}
			under = false
			b = append(b, c)
			continue
		}
		under = true
	}
	return b
}

// capLocalityAt reports how many tokens a capitalized locality takes at
// toks[j]: "Trung ương", or a locality word before a place the gazetteer
// knows ("Thành phố Hồ Chí Minh", "Tỉnh Lào Cai"); 0 otherwise.
func (r *agencyRules) capLocalityAt(toks []agTok, j int) int {
	if !toks[j].cap || j+1 >= len(toks) || toks[j].end {
		return 0
	}
	if toks[j].fold == "trung" && toks[j+1].fold == "uong" {
		return 2
	}
	w := 0
	if _, ok := agLocality2[[2]string{toks[j].fold, toks[j+1].fold}]; ok {
		w = 2
	} else if _, ok := agLocality1[toks[j].fold]; ok {
		w = 1
	}
	if w == 0 || j+w >= len(toks) || toks[j+w-1].end || r.words.placeAt(toks, j+w, agPlaceAny) == 0 {
		return 0
	}
	return w
}

// localityAt reads the locality after a name ending at toks[k]: a locality
// word and the place it names ("tỉnh Lào Cai", "các xã, thị trấn",
// "huyện"), or a province or district written alone ("Lào Cai"). It returns
// the locality and the index after it (k when there is none).
func (r *agencyRules) localityAt(toks []agTok, k int) (string, int) {
	if k >= len(toks) || toks[k-1].end {
		return "", k
	}
	start := k
	if w := r.words.placeAt(toks, k, agPlaceBig); w > 0 {
		return agJoin(toks[k : k+w]), k + w
	}
	if w := r.capLocalityAt(toks, k); w > 0 {
		k += w
		if k < len(toks) && !toks[k-1].end {
			k += r.words.placeAt(toks, k, agPlaceAny)
		}
		return agJoin(toks[start:k]), k
	}
	if toks[k].fold == "cac" || toks[k].fold == "cap" {
		k++
	}
	if k >= len(toks) {
		return "", start
	}
	w := agLocalityAt(toks, k)
	if w == 0 {
		return "", start
	}
	k += w
	// "các xã, thị trấn", "các huyện, thị xã, thành phố", "quận, huyện"
	for k < len(toks) && toks[k-1].comma {
		w2 := agLocalityAt(toks, k)
		if w2 == 0 {
			break
		}
		k += w2
	}
	// "tỉnh Lào Cai", "xã Quy Mông": the place the gazetteer knows.
	if k < len(toks) && !toks[k-1].end {
		k += r.words.placeAt(toks, k, agPlaceAny)
	}
	return agJoin(toks[start:k]), k
}

// agTokEnd returns the byte offset after token t in line.
func agTokEnd(line string, t agTok) int {
	e := t.start
	for e < len(line) && line[e] != ' ' && line[e] != '\t' {
		e++
	}
	return e
}

// agJoin writes the tokens back as a name, commas between locality words
// that were separated by commas.
func agJoin(toks []agTok) string {
	n := 0
	for _, t := range toks {
		n += len(t.raw) + 2
	}
	var b strings.Builder
	b.Grow(n) // one allocation
	for k, t := range toks {
		if k > 0 && !t.tight && !toks[k-1].tight {
			b.WriteString(" ")
		}
		b.WriteString(t.raw)
		if t.end && k < len(toks)-1 {
			b.WriteString(",")
		}
	}
	return b.String()
}

// agKey derives a key from a name: folded words joined by underscores.
func agKey(name string) string {
	var fb, kb [256]byte            // on the stack for most names: one allocation, the key
	f := agFoldAppend(fb[:0], name) // vn.Fold(name)
	b := kb[:0]
	under := false
	for _, c := range f {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if under && len(b) > 0 {
				b = append(b, '_')
			}
			under = false
			b = append(b, c)
			continue
		}
		under = true
	}
	return string(b)
}

// mayName reports whether line has a capitalized word that opens a head or
// an abbreviation: a cheap test that spares most lines the tokenizer.
func (r *agencyRules) mayName(line string) bool {
	var fb [32]byte
	for i := 0; i < len(line); {
		for i < len(line) && agMarkByte(line[i]) {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		if j > i && (line[i] >= 'A' && line[i] <= 'Z' || line[i] >= 0x80) {
			if c, _ := utf8.DecodeRuneInString(line[i:j]); unicode.IsUpper(c) {
				w := line[i:j]
				if k := agLettersLen(w); k < len(w) {
					w = strings.TrimRight(w, agEdge+",;:.!?")
				}
				f := agFoldAppend(fb[:0], agPrefix(w, 24))
				if _, ok := r.byFirst[string(f)]; ok {
					return true
				}
				if _, ok := r.abbrToks[w]; ok {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// agHasLetter reports whether w has a letter ("……" has none).
func agHasLetter(w string) bool {
	for _, c := range w {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

// agMarkByte reports whether c is skipped before a word by mayName: a
// blank or a list or emphasis mark (" \t*_(\"#-+").
func agMarkByte(c byte) bool {
	switch c {
	case ' ', '\t', '*', '_', '(', '"', '#', '-', '+':
		return true
	}
	return false
}

// agLetterByte marks the bytes a word of letters is made of: ASCII letters
// and bytes of letters beyond ASCII, not those that open the quotes,
// dashes and ellipsis (0xC2, 0xE2). Built once, never written again.
var agLetterByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && c != 0xC2 && c != 0xE2
	}
	return t
}()

// agLettersLen returns the length of the prefix of w made of letters
// (agLetterByte): no punctuation, digit or space.
func agLettersLen(w string) int {
	for i := 0; i < len(w); i++ {
		if !agLetterByte[w[i]] {
			return i
		}
	}
	return len(w)
}

// agClosersOnly reports whether s is made of the ASCII punctuation that
// closes a name after a word and is trimmed off it: ",;:.!?".
func agClosersOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', ':', '.', '!', '?':
		default:
			return false
		}
	}
	return true
}

// agAllCap reports whether every token is a capitalized word.
func agAllCap(toks []agTok) bool {
	for _, t := range toks {
		if !t.cap {
			return false
		}
	}
	return true
}

// agAppendFull appends the tokens of an abbreviation's full form written at
// off, the last one closing the name (end) or a list item (comma) as the
// abbreviation did.
func agAppendFull(toks, full []agTok, off int, end, comma bool) []agTok {
	for _, f := range full {
		f.start = off
		toks = append(toks, f)
	}
	toks[len(toks)-1].end = end
	toks[len(toks)-1].comma = comma
	return toks
}
