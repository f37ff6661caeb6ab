package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
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
}

// agMention is one body named in a line.
type agMention struct {
	name     string // full name as written, abbreviations expanded
	locality string // "huyện", "tỉnh Long An", "các xã, thị trấn"
	start    int    // byte offset in the line where the name starts
	end      int    // byte offset in the line after the name
}

// agLocalityWords open a locality after a name; the grammar of places.
var agLocalityWords = map[string]bool{
	"tỉnh": true, "huyện": true, "xã": true, "quận": true, "phường": true,
	"thị trấn": true, "thành phố": true, "thị xã": true, "trung ương": true,
	"thôn": true, "tinh": true, "huyen": true, "xa": true, "quan": true,
	"phuong": true, "thi tran": true, "thanh pho": true, "thi xa": true,
}

// agPlain reports whether a token was written without diacritics.
func agPlain(t agTok) bool { return len(t.raw) == len(t.fold) }

// agLocal returns the lookup form of t for agLocalityWords: lower case as
// written, or folded when written without diacritics.
func agLocal(t agTok) string {
	if agPlain(t) {
		return t.fold
	}
	return strings.ToLower(t.raw)
}

// agStopWords are lowercase words (folded) that cannot continue a name:
// verbs and function words that follow a body's name in a sentence.
var agStopWords = map[string]bool{
	"chu": true, "phoi": true, "co": true, "thuc": true, "to": true, "huong": true,
	"xay": true, "trien": true, "theo": true, "ve": true, "trong": true, "tai": true,
	"voi": true, "cua": true, "de": true, "la": true, "duoc": true, "can": true,
	"tham": true, "lam": true, "long": true, "kien": true, "ra": true, "tiep": true,
	"cung": true, "cac": true, "nhung": true, "tang": true, "nang": true, "day": true,
	"pho": true, "chiu": true, "thuong": true, "nhu": true, "hoac": true, "va": true,
	"giup": true, "da": true, "dang": true, "se": true, "phai": true, "khi": true,
	"neu": true, "nham": true, "vao": true, "tu": true, "den": true, "cho": true,
	"o": true, "hoat": true, "quan": true, "chi": true, "danh": true, "gia": true,
	"bo": true, "cap": true, "lien": true, "hop": true, "tong": true, "kiem": true,
	"dong": false, "tuyen": true, "van": true, "cu": true, "thanh": false, "mot": true,
	"nay": true, "do": true, "ma": true, "thi": true, "tren": true, "duoi": true,
	"quy": true, "ban": true, "hanh": true, "kinh": true, "trinh": true, "quyet": true,
	"giao": true, "sau": true, "bao": true, "phe": true, "duyet": true, "nhan": true,
	"gom": true, "viec": true, "ho": true, "doi": true, "sua": true, "cong": true,
	"truong": true, "tien": true, "xem": true, "nghien": true, "trao": true, "gui": true, "yeu": true, "de nghi": true, "truoc": true, "tu van": true,
}

// agTokens splits line into words, expanding abbreviations ("GD&ĐT") into
// the words of their full form and dashes into their own tokens.
func (r *agencyRules) tokens(line string, buf []agTok) []agTok {
	toks := buf[:0]
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
			toks = r.addWord(toks, line[i:j], i)
		}
		i = j
	}
	return toks
}

// agEdge are the characters trimmed off both ends of a word.
const agEdge = "*_\"“”‘’'`()[]{}<>«»"

// agClosers end a name when they follow a word.
const agClosers = ",;:.!?)”\"]/"

func (r *agencyRules) addWord(toks []agTok, w string, off int) []agTok {
	lead := len(w) - len(strings.TrimLeft(w, agEdge))
	if lead > 0 && strings.ContainsAny(w[:lead], "(“\"[«") && len(toks) > 0 {
		toks[len(toks)-1].end = true
	}
	w = w[lead:]
	off += lead
	core := strings.TrimRight(w, agEdge+",;:.!?/")
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
		return append(toks, agTok{raw: core, fold: "-", dash: true, end: end, start: off})
	}
	if full, ok := r.abbr[core]; ok {
		for _, f := range full {
			d := f == "-" || f == "–"
			toks = append(toks, agTok{raw: f, fold: vn.Fold(f), cap: agCap(f), dash: d, start: off})
		}
		toks[len(toks)-1].end = end
		toks[len(toks)-1].comma = comma
		return toks
	}
	// "Lao động-Thương binh": split at dashes between letters.
	for {
		k := strings.IndexAny(core, "-–")
		if k <= 0 || k == len(core)-1 {
			break
		}
		part := core[:k]
		toks = append(toks, r.word(part, off, false))
		_, dl := utf8.DecodeRuneInString(core[k:])
		toks = append(toks, agTok{raw: core[k : k+dl], fold: "-", dash: true, tight: true, start: off + k})
		off += k + dl
		core = core[k+dl:]
	}
	t := r.word(core, off, end)
	t.comma = comma
	return append(toks, t)
}

func (r *agencyRules) word(w string, off int, end bool) agTok {
	if full, ok := r.abbr[w]; ok && len(full) == 1 && full[0] != "-" {
		return agTok{raw: full[0], fold: vn.Fold(full[0]), cap: agCap(full[0]), end: end, start: off}
	}
	return agTok{raw: w, fold: vn.Fold(w), cap: agCap(w), end: end, start: off}
}

// agCap reports whether w opens with an upper-case letter and is not
// written all in capitals (a header line such as "CỘNG HÒA XÃ HỘI").
func agCap(w string) bool {
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
	if agPlain(t) {
		return true // written without diacritics
	}
	return strings.EqualFold(t.raw, w) || strings.ToLower(t.raw) == w
}

// headAt reports how many tokens of the head of a body start at toks[i]
// ("Sở", "Ủy ban nhân dân", "Bộ Chỉ huy"), and whether the head names a
// body by itself ("Chính phủ", "Tỉnh ủy"). n is 0 when no head starts there.
func (r *agencyRules) headAt(toks []agTok, i int) (n int, complete bool) {
	if !toks[i].cap {
		return 0, false
	}
	best, bestC := 0, false
	for _, h := range r.heads {
		if len(h.words) <= best || i+len(h.words) > len(toks) {
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
		if ok && agPlain(toks[i+len(h.words)-1]) && toks[i+len(h.words)-1].fold != vn.Fold(h.words[len(h.words)-1]) {
			ok = false
		}
		if ok && i+len(h.words) < len(toks) && agPlain(toks[i]) && strings.ToLower(toks[i].raw) != h.words[0] && !agPlain(toks[i+len(h.words)]) {
			ok = false
		}
		if ok {
			best, bestC = len(h.words), h.complete
		}
	}
	return best, bestC
}

// localityAt reports how many tokens a locality word starting at toks[i]
// takes ("huyện" 1, "thị trấn" 2), or 0.
func agLocalityAt(toks []agTok, i int) int {
	if toks[i].cap {
		return 0
	}
	if i+1 < len(toks) && !toks[i].end && agLocalityWords[agLocal(toks[i])+" "+agLocal(toks[i+1])] {
		return 2
	}
	if agLocalityWords[agLocal(toks[i])] {
		return 1
	}
	return 0
}

// mentions finds the bodies named in line.
func (r *agencyRules) mentions(line string, buf []agTok, out []agMention) ([]agMention, []agTok) {
	if !r.mayName(line) {
		return out, buf[:0]
	}
	toks := r.tokens(line, buf)
	for i := 0; i < len(toks); {
		n, complete := r.headAt(toks, i)
		if n == 0 {
			i++
			continue
		}
		m, next, ok := r.mentionAt(line, toks, i, n, complete)
		if ok {
			out = append(out, m)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out, toks
}

// mentionAt reads the name of a body whose head of n tokens starts at
// toks[i]: the head, the name words up to a verb or punctuation, then a
// locality.
func (r *agencyRules) mentionAt(line string, toks []agTok, i, n int, complete bool) (agMention, int, bool) {
	j := i + n
	lower, capSeen := 0, false
	for j < len(toks) && !toks[j-1].end && j-i < 16 {
		t := toks[j]
		if t.dash {
			if j+1 >= len(toks) || t.end || (!toks[j+1].cap && agStopWords[toks[j+1].fold]) {
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
			if h, _ := r.headAt(toks, j+1); h > 0 {
				break
			}
			j++
			continue
		}
		if agLocalityAt(toks, j) > 0 {
			break
		}
		if t.cap {
			if h, _ := r.headAt(toks, j); h > 0 || complete {
				break
			}
			capSeen = true
			lower = 0
			j++
			continue
		}
		if complete || agStopWords[t.fold] || lower >= 3 || strings.ContainsAny(t.fold, "/0123456789") {
			break
		}
		lower++
		j++
	}
	// A trailing "và" or dash is not part of the name.
	for j > i+n && (toks[j-1].fold == "va" || toks[j-1].dash) {
		j--
	}
	nameEnd := j
	name := agJoin(toks[i:nameEnd])
	if nameEnd == i+n && !complete {
		return agMention{}, nameEnd, false
	}
	if !capSeen && nameEnd > i+n && !complete {
		if _, ok := r.byFold[agKey(name)]; !ok {
			return agMention{}, nameEnd, false
		}
	}
	loc := ""
	k := nameEnd
	if k < len(toks) && !toks[k-1].end {
		locStart := k
		if toks[k].fold == "cac" || toks[k].fold == "cap" {
			k++
		}
		if k < len(toks) {
			if w := agLocalityAt(toks, k); w > 0 {
				k += w
				// "các xã, thị trấn", "các huyện, thị xã, thành phố"
				for toks[locStart].fold == "cac" && k < len(toks) && toks[k-1].comma {
					w2 := agLocalityAt(toks, k)
					if w2 == 0 {
						break
					}
					k += w2
				}
				// "tỉnh Long An": capitalized place words.
				for p := 0; p < 3 && k < len(toks) && !toks[k-1].end && toks[k].cap; p++ {
					if h, _ := r.headAt(toks, k); h > 0 {
						break
					}
					k++
				}
				loc = agJoin(toks[locStart:k])
			} else {
				k = locStart
			}
		} else {
			k = locStart
		}
	}
	end := agTokEnd(line, toks[max(k, nameEnd)-1])
	return agMention{name: name, locality: loc, start: toks[i].start, end: end}, max(k, nameEnd), true
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
	var b strings.Builder
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
	f := vn.Fold(name)
	var b strings.Builder
	under := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteByte(c)
			continue
		}
		under = true
	}
	return b.String()
}

// mayName reports whether line has a capitalized word that opens a head or
// an abbreviation: a cheap test that spares most lines the tokenizer.
func (r *agencyRules) mayName(line string) bool {
	var fb [32]byte
	for i := 0; i < len(line); {
		for i < len(line) && strings.IndexByte(" \t*_(\"#-+", line[i]) >= 0 {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		if j > i {
			c, _ := utf8.DecodeRuneInString(line[i:j])
			if unicode.IsUpper(c) {
				w := strings.TrimRight(line[i:j], agEdge+",;:.!?")
				f := fb[:0]
				for _, c := range w {
					if len(f) > 24 {
						break
					}
					if fc := vn.FoldRune(c); fc >= 0 {
						f = utf8.AppendRune(f, fc)
					}
				}
				if r.first[string(f)] {
					return true
				}
				if _, ok := r.abbr[w]; ok {
					return true
				}
			}
		}
		i = j
	}
	return false
}
