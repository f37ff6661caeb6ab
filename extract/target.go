package extract

import (
	"sort"
	"strings"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// targetRules is the compiled form of the indicator lexicon and target words.
type targetRules struct {
	lex []tgtPhrase // folded indicator phrasings, longest first
	tgtWords
	// the byte pairs of each cue of cueTarget and cueReview (tgtPairs): a
	// text lacking one cannot hold the cue
	cueTargetPairs, cueReviewPairs [][]uint16
}

// tgtPhrase is one folded phrasing of an indicator key. A phrasing written
// with "…" ("gia đình…danh hiệu học tập") matches its parts in order with
// any words between them.
type tgtPhrase struct {
	f     string
	parts []string
	key   string
	// words are the tgtWordHash of every word (run of letters and digits)
	// of parts: each is a whole word of any text that holds the phrasing.
	words []uint32
}

func newTargetRules(r *rules.Set) *targetRules {
	tr := &targetRules{tgtWords: newTgtWords(r.TargetWords)}
	for _, ind := range r.Indicators {
		for _, p := range ind.Phrases {
			var parts []string
			for _, part := range strings.Split(strings.ReplaceAll(p, "...", "…"), "…") {
				if f := tgtSpellFold(vn.Fold(part)); f != "" {
					parts = append(parts, f)
				}
			}
			if len(parts) > 0 {
				var words []uint32
				for _, part := range parts {
					tgtEachWord(part, func(w string) { words = append(words, tgtWordHash(w)) })
				}
				tr.lex = append(tr.lex, tgtPhrase{f: strings.Join(parts, " … "), parts: parts, key: ind.Key, words: words})
			}
		}
	}
	sort.SliceStable(tr.lex, func(i, j int) bool { return len(tr.lex[i].f) > len(tr.lex[j].f) })
	for _, c := range tr.cueTarget {
		tr.cueTargetPairs = append(tr.cueTargetPairs, tgtPairs(c))
	}
	for _, c := range tr.cueReview {
		tr.cueReviewPairs = append(tr.cueReviewPairs, tgtPairs(c))
	}
	return tr
}

// tgtPairs returns the hashes (tgtPairHash) of the byte pairs of s.
func tgtPairs(s string) []uint16 {
	var out []uint16
	for i := 0; i+1 < len(s); i++ {
		out = append(out, tgtPairHash(s[i], s[i+1]))
	}
	return out
}

// tgtPairHash maps a pair of bytes into the 1024 bits of a tgtPairSet.
func tgtPairHash(a, b byte) uint16 { return (uint16(a)*31 + uint16(b)) & 1023 }

// tgtPairSet is a set of hashed byte pairs: has may answer yes for a pair
// never added, never no for one added.
type tgtPairSet [16]uint64

func (s *tgtPairSet) add(h uint16)      { s[h>>6] |= 1 << (h & 63) }
func (s *tgtPairSet) has(h uint16) bool { return s[h>>6]&(1<<(h&63)) != 0 }

// mayHold reports whether every pair of a cue is in the set of the
// text's pairs: false means the text cannot hold the cue.
func (s *tgtPairSet) mayHold(pairs []uint16) bool {
	for _, h := range pairs {
		if !s.has(h) {
			return false
		}
	}
	return true
}

// key returns the lexicon key whose longest phrasing the indicator
// contains, or "". A phrasing that only qualifies the subject ("người lao
// động trong “Gia đình học tập”") does not name the indicator. tail is the
// rest of the clause after the indicator: when the indicator names no key,
// a shared predicate there ("…, 60% cán bộ … đạt danh hiệu “Công dân học
// tập”") may.
func (r *targetRules) key(indicator, tail string) string {
	if k := r.keyFolded(tgtSpellFold(vn.Fold(indicator))); k != "" {
		return k
	}
	f := tgtSpellFold(vn.Fold(tail))
	if i := strings.LastIndex(f, "danh hieu"); i >= 0 {
		return r.keyFolded(tgtSpellFold(vn.Fold(indicator)) + " " + f[i:])
	}
	return ""
}

// tgtSpellFold normalizes folded text for lexicon matching: single spaces,
// and the i/y spelling variants of open syllables (kỹ/kĩ, lý/lí, tỷ/tỉ,
// quy/qui) written one way.
func tgtSpellFold(f string) string {
	if tgtSpelledAlready(f) {
		return f
	}
	words := strings.Fields(f)
	for i, w := range words {
		switch {
		case w == "quy":
			words[i] = "qui"
		case len(w) == 2 && w[1] == 'y' && strings.IndexByte("bcdghklmnpstvx", w[0]) >= 0:
			words[i] = w[:1] + "i"
		}
	}
	return strings.Join(words, " ")
}

// keyFolded is key on folded, space-normalized text.
func (r *targetRules) keyFolded(f string) string {
	// The words of f, hashed into a set: a phrasing whose first word f
	// lacks is not searched for.
	var words tgtHashSet
	tgtEachWord(f, func(w string) { words.add(tgtWordHash(w)) })
	for _, p := range r.lex {
		if !words.hasAll(p.words) {
			continue
		}
		for i := 0; ; {
			j := strings.Index(f[i:], p.parts[0])
			if j < 0 {
				break
			}
			j += i
			if tgtWordAt(f, j, len(p.parts[0])) && !tgtQualifier(f[:j]) && tgtPartsFollow(f[j+len(p.parts[0]):], p.parts[1:]) {
				return p.key
			}
			i = j + 1
		}
	}
	return ""
}

// tgtHashSet is a set of hashed words, 512 bits: has may answer yes for
// a word never added, never no for one added.
type tgtHashSet [8]uint64

func (s *tgtHashSet) add(h uint32)      { s[h>>6&7] |= 1 << (h & 63) }
func (s *tgtHashSet) has(h uint32) bool { return s[h>>6&7]&(1<<(h&63)) != 0 }

// hasAll reports whether has(h) for every h of hs.
func (s *tgtHashSet) hasAll(hs []uint32) bool {
	for _, h := range hs {
		if !s.has(h) {
			return false
		}
	}
	return true
}

// tgtEachWord calls fn with each run of letters and digits (tgtIsAlnum) of f.
func tgtEachWord(f string, fn func(w string)) {
	for i := 0; i < len(f); {
		if !tgtIsAlnum(f[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && tgtIsAlnum(f[j]) {
			j++
		}
		fn(f[i:j])
		i = j
	}
}

// tgtWordHash is FNV-1a of w.
func tgtWordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// tgtSpelledAlready reports whether tgtSpellFold would return f as is:
// ASCII words between single spaces, none of them spelled with a final y
// that tgtSpellFold rewrites.
func tgtSpelledAlready(f string) bool {
	if f == "" || f[0] == ' ' || f[len(f)-1] == ' ' {
		return f == ""
	}
	ws := 0 // start of the current word
	for i := 0; i <= len(f); i++ {
		if i < len(f) {
			c := f[i]
			if c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false // a space strings.Fields would split at, maybe
			}
			if c != ' ' {
				continue
			}
			if i == ws {
				return false // two spaces
			}
		}
		w := f[ws:i]
		if w == "quy" || len(w) == 2 && w[1] == 'y' && strings.IndexByte("bcdghklmnpstvx", w[0]) >= 0 {
			return false
		}
		ws = i + 1
	}
	return true
}

// tgtPartsFollow reports whether parts occur in f in order, as whole words.
func tgtPartsFollow(f string, parts []string) bool {
	for _, p := range parts {
		found := false
		for i := 0; ; {
			j := strings.Index(f[i:], p)
			if j < 0 {
				break
			}
			j += i
			if tgtWordAt(f, j, len(p)) {
				f, found = f[j+len(p):], true
				break
			}
			i = j + 1
		}
		if !found {
			return false
		}
	}
	return true
}

// tgtWordAt reports whether f[j:j+n] starts and ends at word boundaries.
func tgtWordAt(f string, j, n int) bool {
	return (j == 0 || !tgtIsAlnum(f[j-1])) && (j+n == len(f) || !tgtIsAlnum(f[j+n]))
}

func tgtIsAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// tgtQualifier reports whether folded text before a phrase makes it a
// qualifier of another subject: a quoted name after "trong" ("… trong “",
// "… trong “A”, “").
func tgtQualifier(before string) bool {
	i := strings.LastIndex(" "+before, " trong ")
	if i < 0 {
		return false
	}
	rest := before[min(i+len("trong "), len(before)):]
	if !strings.ContainsAny(rest, "“\"«") {
		return false // "trẻ em trong độ tuổi nhà trẻ": a plain phrase, not a quoted name
	}
	depth := 0
	for _, r := range rest {
		switch {
		case r == '“' || r == '«':
			depth++
		case r == '”' || r == '»':
			depth--
		case r == '"':
			depth ^= 1
		case depth > 0, r == ' ', r == ',':
		default:
			return false
		}
	}
	return true
}

// targets finds the plan period and its numeric targets.
func (e *Extractor) targets(t *text, d *Document) (Period, []Target) {
	p := tgtPeriod(d.Title)
	if p.From == nil {
		p = tgtPeriodLead(t)
	}
	return p, e.tgt.find(t, p)
}
