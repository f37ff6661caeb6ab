package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/rules"
)

// agWords is the compiled form of agency_words.tsv and of the gazetteer
// names the agency finder strips from a name.
type agWords struct {
	stop      map[string][]string   // folded stop word → spellings that stop ("" = any)
	compounds [][]string            // folded words of each compound
	compAt    map[string][]agPos    // folded word → where it occurs in compounds
	verbs     map[string][][]string // folded first word → folded words of the verbs it opens
	places    map[string]uint8      // GazKey of a unit's name → agPlace… bits
	sections  [][]byte              // folded words that open an implementation section heading
	closes    [][]string            // folded words that close a name ("viet nam")
}

// agPos is the place of a word in a compound.
type agPos struct{ c, k int }

// Bits of agWords.places.
const (
	agPlaceBig = 1 << iota // a province or district (before or after 2025)
	agPlaceAny             // any unit, communes and wards included
)

func newAgWords(r *rules.Set) agWords {
	w := agWords{stop: map[string][]string{}, compAt: map[string][]agPos{}, verbs: map[string][][]string{}, places: map[string]uint8{}}
	if r == nil {
		return w
	}
	for _, x := range r.AgencyWords {
		f := strings.Fields(agFoldString(x.Words))
		switch x.Kind {
		case rules.WordStop:
			spelling := x.Words
			if spelling == f[0] {
				spelling = "" // written without tones: every tone stops
			}
			w.stop[f[0]] = append(w.stop[f[0]], spelling)
		case rules.WordCompound:
			for k, fw := range f {
				w.compAt[fw] = append(w.compAt[fw], agPos{len(w.compounds), k})
			}
			w.compounds = append(w.compounds, f)
		case rules.WordVerb:
			w.verbs[f[0]] = append(w.verbs[f[0]], f)
		case rules.WordSection:
			w.sections = append(w.sections, []byte(strings.Join(f, " ")))
		case rules.WordClose:
			w.closes = append(w.closes, f)
		}
	}
	if g := r.Gazetteer; g != nil {
		for _, lv := range []string{rules.GazProvince, rules.GazDistrict, rules.GazProvince2025, rules.GazCommune, rules.GazCommune2025} {
			bit := uint8(agPlaceAny)
			if lv == rules.GazProvince || lv == rules.GazDistrict || lv == rules.GazProvince2025 {
				bit |= agPlaceBig
			}
			for _, u := range g.Units(lv) {
				k := rules.GazKey(u.Name)
				w.places[k] |= bit
			}
		}
	}
	return w
}

// agFoldString is vn.Fold through the agency fold table.
func agFoldString(s string) string { return string(agFoldAppend(nil, s)) }

// stopAt reports whether toks[j] ends a name: a lower-case stop word in a
// spelling that stops, not part of a compound written around it.
func (w *agWords) stopAt(toks []agTok, j int) bool {
	if toks[j].cap {
		return false
	}
	return w.stopWord(toks, j)
}

// endsAfterDash reports whether toks[j], after a dash, opens a role or a
// predicate rather than the rest of a name, capitalized or not
// ("Phòng Quản lý Công nghiệp - Chủ trì", "- Thành viên").
func (w *agWords) endsAfterDash(toks []agTok, j int) bool {
	if !toks[j].cap {
		return w.stopAt(toks, j) || w.verbAt(toks, j)
	}
	// Capitalized, only the words written with their tones ("Trưởng") and
	// the phrases ("Chủ trì", "Thành viên") stop: "Thương binh", "Văn hóa"
	// go on.
	for _, f := range w.stop[toks[j].fold] {
		if f != "" && strings.EqualFold(toks[j].raw, f) {
			return true
		}
	}
	return w.verbWord(toks, j)
}

// stopWord is stopAt whatever the case of toks[j].
func (w *agWords) stopWord(toks []agTok, j int) bool {
	t := toks[j]
	forms, ok := w.stop[t.fold]
	if !ok {
		return false
	}
	hit := false // "kinh" (tế) is not "kính" (gửi), "dược" is not "được"
	for _, f := range forms {
		hit = hit || f == "" || strings.EqualFold(t.raw, f)
	}
	return hit && !w.inCompound(toks, j)
}

// verbAt reports whether a verb of two or more words ("thông báo") starts
// at the lower-case toks[j], not inside a compound ("đầu tư xây dựng").
func (w *agWords) verbAt(toks []agTok, j int) bool {
	return !toks[j].cap && w.verbWord(toks, j) && !w.inCompound(toks, j)
}

// verbWord is verbAt whatever the case of toks[j].
func (w *agWords) verbWord(toks []agTok, j int) bool {
	for _, v := range w.verbs[toks[j].fold] {
		if j+len(v) > len(toks) {
			continue
		}
		ok := true
		for k, vw := range v {
			if toks[j+k].fold != vw || (k < len(v)-1 && toks[j+k].end) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// closeAt returns how many tokens from the capitalized toks[j] make a word
// that closes a name ("Việt Nam"), or 0.
func (w *agWords) closeAt(toks []agTok, j int) int {
	for _, c := range w.closes {
		if j+len(c) > len(toks) {
			continue
		}
		ok := true
		for k, cw := range c {
			if toks[j+k].fold != cw || !toks[j+k].cap || (k < len(c)-1 && toks[j+k].end) {
				ok = false
				break
			}
		}
		if ok {
			return len(c)
		}
	}
	return 0
}

// compoundGoesOn reports whether the locality word toks[j] is a syllable
// of a compound that the lower-case word after it or the word before it
// completes ("xã hội", "hợp tác xã" name no commune).
func (w *agWords) compoundGoesOn(toks []agTok, j int) bool {
	if !w.inCompound(toks, j) {
		return false
	}
	after := j+1 < len(toks) && !toks[j].end && !toks[j+1].cap && w.inCompound(toks, j+1)
	return after || j > 0 && !toks[j-1].end && w.inCompound(toks, j-1)
}

// inCompound reports whether toks[j] is a syllable of a compound that the
// words around it complete ("môi trường", "công nghiệp").
func (w *agWords) inCompound(toks []agTok, j int) bool {
	for _, p := range w.compAt[toks[j].fold] {
		c := w.compounds[p.c]
		s := j - p.k
		if s < 0 || s+len(c) > len(toks) {
			continue
		}
		ok := true
		for k, cw := range c {
			if toks[s+k].fold != cw || (k < len(c)-1 && toks[s+k].end) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// placeAt returns how many tokens from toks[j] name a unit of the gazetteer
// with one of the bits in want, longest first; the words must open with a
// capital ("Lào Cai", "LÀO CAI"). Single words count only for communes
// after a locality word (want has agPlaceAny).
func (w *agWords) placeAt(toks []agTok, j int, want uint8) int {
	var buf [96]byte
	best := 0
	b := buf[:0]
	minW := 2
	if want&agPlaceAny != 0 {
		minW = 1
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if t.dash || !agUpperStart(t.raw) {
			break
		}
		if k > j {
			b = append(b, ' ')
		}
		b = append(b, t.fold...)
		if k-j+1 >= minW && w.places[string(b)]&want != 0 {
			best = k - j + 1
		}
		if t.end {
			break
		}
	}
	return best
}

// agUpperStart reports whether s opens with an upper-case letter.
func agUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// agLowerStart reports whether s opens with a lower-case letter.
func agLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
