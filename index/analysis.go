package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"

	"github.com/vanban/vanban/extract/vn"
)

// Names of the analysis components. They carry a version: an index built
// with one analysis must be rebuilt, not reopened, when the analysis changes,
// and the version in the name makes that visible in the stored mapping.
const (
	ToneFilterName   = "vanban_tone_v1"
	FoldFilterName   = "vanban_fold_v1"
	AbbrFilterType   = "vanban_abbr_v1"
	ExactAnalyzer    = "vanban_vi_v1"
	FoldedAnalyzer   = "vanban_vi_fold_v1"
	BigramFilterName = "vanban_bigram_v1"
	BigramAnalyzer   = "vanban_vi_bigram_v1"
	KeywordAnalyzer  = "vanban_kw_v1"
	abbrFilterConfig = "vanban_abbr_rules_v1"
)

func init() {
	registry.RegisterTokenFilter(ToneFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return toneFilter{}, nil
	})
	registry.RegisterTokenFilter(FoldFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
	registry.RegisterTokenFilter(AbbrFilterType, newAbbrFilter)
	registry.RegisterTokenFilter(BigramFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return bigramFilter{}, nil
	})
}

// bigramSep joins the two syllables of a bigram term. No token of the
// unicode tokenizer holds a space, so "a b" is never a token or another
// pair's bigram.
const bigramSep = " "

// bigramFilter replaces a token stream by its syllable bigrams: every token
// at position p joined with every token at position p+1 ("học", "tập",
// "suốt" → "học tập", "tập suốt"). Tokens sharing a position (an
// abbreviation's canonical token beside the last word of its full form)
// each pair with both neighbours, so a bigram exists exactly where a
// phrase of the two could match. A stream of one syllable has no bigram.
type bigramFilter struct{}

func (bigramFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	if len(in) < 2 {
		return in[:0]
	}
	out := make(analysis.TokenStream, 0, len(in))
	// prev and cur are the tokens of two consecutive positions.
	var prev analysis.TokenStream
	for i := 0; i < len(in); {
		j := i + 1
		for j < len(in) && in[j].Position == in[i].Position {
			j++
		}
		cur := in[i:j]
		if len(prev) > 0 && prev[0].Position+1 == cur[0].Position {
			for _, a := range prev {
				for _, b := range cur {
					term := make([]byte, 0, len(a.Term)+len(bigramSep)+len(b.Term))
					term = append(append(append(term, a.Term...), bigramSep...), b.Term...)
					out = append(out, &analysis.Token{Term: term, Start: a.Start, End: b.End,
						Position: a.Position, Type: analysis.Shingle})
				}
			}
		}
		prev = cur
		i = j
	}
	return out
}

// toneFilter puts every token in NFC and in the old tone-mark style, where
// an open syllable in oa, oe, uy carries the mark on its first vowel:
// "hoà" → "hòa", "thuỷ" → "thủy".
type toneFilter struct{}

func (toneFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if isASCII(t.Term) {
			continue
		}
		if !norm.NFC.IsNormal(t.Term) {
			t.Term = norm.NFC.Bytes(t.Term)
		}
		t.Term = toneOldStyle(t.Term)
	}
	return in
}

// Tone marks over a, e, y in the new style and the marked o, u they move to.
var (
	toneMarked = map[rune][2]rune{ // marked second vowel → (tone index, base)
		'à': {0, 'a'}, 'á': {1, 'a'}, 'ả': {2, 'a'}, 'ã': {3, 'a'}, 'ạ': {4, 'a'},
		'è': {0, 'e'}, 'é': {1, 'e'}, 'ẻ': {2, 'e'}, 'ẽ': {3, 'e'}, 'ẹ': {4, 'e'},
		'ỳ': {0, 'y'}, 'ý': {1, 'y'}, 'ỷ': {2, 'y'}, 'ỹ': {3, 'y'}, 'ỵ': {4, 'y'},
	}
	toneO = [5]rune{'ò', 'ó', 'ỏ', 'õ', 'ọ'}
	toneU = [5]rune{'ù', 'ú', 'ủ', 'ũ', 'ụ'}
)

// toneOldStyle rewrites a lower-case syllable ending in oà/oé/uỷ… (no final
// consonant) to the old style. Other syllables are returned unchanged.
func toneOldStyle(b []byte) []byte {
	last, n := utf8.DecodeLastRune(b)
	m, ok := toneMarked[last]
	if !ok || len(b) <= n {
		return b
	}
	prev, pn := utf8.DecodeLastRune(b[:len(b)-n])
	var first rune
	switch {
	case prev == 'o' && (m[1] == 'a' || m[1] == 'e'):
		first = toneO[m[0]]
	case prev == 'u' && m[1] == 'y':
		first = toneU[m[0]]
	default:
		return b
	}
	// "qu" + y is not the uy cluster ("quý" keeps its mark).
	head := b[:len(b)-n-pn]
	if prev == 'u' && len(head) > 0 && head[len(head)-1] == 'q' {
		return b
	}
	out := make([]byte, 0, len(b)+2)
	out = append(out, head...)
	out = utf8.AppendRune(out, first)
	out = utf8.AppendRune(out, m[1])
	return out
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldFilter lower-cases and removes diacritics with a lookup table (đ→d).
// Offsets are untouched, so highlights still mark the accented original.
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = foldBytes(t.Term)
	}
	return in
}

// foldAppend appends the folded form of b to dst.
func foldAppend(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		i += n
		if f := vn.FoldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// foldBytes folds b, reusing it when it is ASCII already.
func foldBytes(b []byte) []byte {
	if isASCII(b) {
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		i += n
		if f := vn.FoldRune(r); f >= 0 {
			out = utf8.AppendRune(out, f)
		}
	}
	return out
}

// abbrFilter adds, after a sequence of tokens spelling an abbreviation or
// its full form ("ủy ban nhân dân", "gd đt", "qđ"), one canonical token (the
// folded letters of the abbreviation: "ubnd", "gddt", "qd") at the position
// of the sequence's last token. Documents writing "UBND" and documents
// writing "Ủy ban nhân dân" then share a term, and phrases still line up.
type abbrFilter struct {
	seqs map[string][]abbrSeq // first folded token → candidate sequences
}

type abbrSeq struct {
	toks  []string // folded tokens
	canon string
}

// newAbbrFilter builds the filter from config "pairs": a flat list
// abbr, full, abbr, full, … copied from rules.Set.Abbreviations into the
// index mapping, so an index carries the rules it was built with.
func newAbbrFilter(config map[string]interface{}, _ *registry.Cache) (analysis.TokenFilter, error) {
	f := &abbrFilter{seqs: map[string][]abbrSeq{}}
	raw, _ := config["pairs"].([]interface{})
	for i := 0; i+1 < len(raw); i += 2 {
		abbr, _ := raw[i].(string)
		full, _ := raw[i+1].(string)
		f.add(abbr, full)
	}
	return f, nil
}

// abbrTokens splits s as the unicode tokenizer would for letters and digits
// and folds every piece.
func abbrTokens(s string) []string {
	return strings.FieldsFunc(vn.Fold(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
}

func (f *abbrFilter) add(abbr, full string) {
	a := abbrTokens(abbr)
	canon := strings.Join(a, "")
	if canon == "" {
		return
	}
	for _, toks := range [][]string{a, abbrTokens(full)} {
		if len(toks) == 0 {
			continue
		}
		f.seqs[toks[0]] = append(f.seqs[toks[0]], abbrSeq{toks: toks, canon: canon})
	}
}

// Filter adds the canonical token of every abbreviation or full form
// found, overlapping ones included ("Sở Giáo dục và Đào tạo" gives both
// "sgddt" and "gddt"), after the last token of the match.
func (f *abbrFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	if len(f.seqs) == 0 {
		return in
	}
	var buf []byte
	var folded []string // lazily folded tokens, "" when not yet computed
	fold := func(j int) string {
		if folded[j] == "" {
			buf = foldAppend(buf[:0], in[j].Term)
			folded[j] = string(buf)
		}
		return folded[j]
	}
	var extra map[int][]abbrHit // index of a match's last token → canonical tokens
	for i := range in {
		buf = foldAppend(buf[:0], in[i].Term)
		cands := f.seqs[string(buf)]
		if len(cands) == 0 {
			continue
		}
		if folded == nil {
			folded = make([]string, len(in))
			extra = map[int][]abbrHit{}
		}
		for _, c := range cands {
			n := len(c.toks)
			if i+n > len(in) {
				continue
			}
			ok := true
			for k := 0; k < n && ok; k++ {
				ok = fold(i+k) == c.toks[k]
			}
			if !ok || n == 1 && string(in[i].Term) == c.canon {
				continue
			}
			end := i + n - 1
			dup := false
			for _, e := range extra[end] {
				dup = dup || e.canon == c.canon
			}
			if !dup {
				extra[end] = append(extra[end], abbrHit{canon: c.canon, start: in[i].Start})
			}
		}
	}
	if len(extra) == 0 {
		return in
	}
	out := make(analysis.TokenStream, 0, len(in)+len(extra))
	for i, t := range in {
		out = append(out, t)
		for _, c := range extra[i] {
			// The canonical token spans the whole match, so a hit through
			// "UBND" marks all of "Ủy ban nhân dân".
			out = append(out, &analysis.Token{
				Term: []byte(c.canon), Start: c.start, End: t.End,
				Position: t.Position, Type: analysis.AlphaNumeric,
			})
		}
	}
	return out
}

// abbrHit is a canonical token to add and where its match starts.
type abbrHit struct {
	canon string
	start int
}

func abbrMatch(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// collapse rewrites a phrase with every abbreviation or full form replaced by
// its canonical token ("Ủy ban nhân dân huyện" → "ubnd huyện"), longest
// match first; "" when nothing was replaced. Since the filter puts the
// canonical token at the last position of a full form, the collapsed phrase
// matches documents writing either form.
func (f *abbrFilter) collapse(p string) string {
	toks := strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = vn.Fold(t)
	}
	var out []string
	changed := false
	for i := 0; i < len(toks); {
		best := abbrSeq{}
		for _, c := range f.seqs[folded[i]] {
			n := len(c.toks)
			if i+n <= len(toks) && abbrMatch(folded[i:i+n], c.toks) && n > len(best.toks) {
				best = c
			}
		}
		if len(best.toks) == 0 {
			out = append(out, toks[i])
			i++
			continue
		}
		out = append(out, best.canon)
		changed = true
		i += len(best.toks)
	}
	if !changed {
		return ""
	}
	return strings.Join(out, " ")
}
