package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// placeCtxBytes bounds the text read for place mentions: the preamble,
// which cites the higher authorities, and the closing block.
const placeCtxBytes = 8 << 10

// placeCtx is the set of places a document names ("huyện Cẩm Thủy",
// "tỉnh Thanh Hóa"), as gazetteer keys, used to choose between units of
// the same name. It is read from the text the first time it is asked,
// since most names resolve to one unit.
type placeCtx struct {
	t *text
	m map[string]bool
}

// newPlaceCtx returns the place mentions of t, collected when first used.
func newPlaceCtx(t *text) *placeCtx {
	return &placeCtx{t: t}
}

// has reports whether the document names the place of gazetteer key k.
func (c *placeCtx) has(k string) bool {
	if c.m == nil {
		c.m = placeMentions(c.t.s)
	}
	return c.m[k]
}

// placeMentions collects typed place mentions in the head and the tail of
// s.
func placeMentions(s string) map[string]bool {
	m := map[string]bool{}
	if len(s) > 2*placeCtxBytes {
		plAdd(m, s[:placeCtxBytes])
		plAdd(m, s[len(s)-placeCtxBytes:])
	} else {
		plAdd(m, s)
	}
	return m
}

func plAdd(m map[string]bool, s string) {
	// Only words that may open a unit type are looked at closely; the rest
	// is skipped with a byte scan.
	var words []string
	for i := 0; i < len(s); {
		w, next := plNextWord(s, i)
		i = next
		if w == "" || !plTypeByte(w[0]) || !plTypeWord[w] {
			continue
		}
		// this word and up to six following ones
		words = append(words[:0], w)
		j := i
		for k := 0; k < 6 && j < len(s); k++ {
			var x string
			x, j = plNextWord(s, j)
			if x == "" {
				break
			}
			words = append(words, x)
		}
		n := hdrUnitTypeLen(words)
		if n == 0 {
			continue
		}
		var name []string
		for _, x := range words[n:] {
			if len(name) == 4 || !plCapital(x) {
				break
			}
			name = append(name, strings.TrimRight(x, "."))
			m[rules.GazKey(strings.Join(name, " "))] = true
			if strings.HasSuffix(x, ".") {
				break
			}
		}
	}
}

// plTypeWord holds the first words of unit types as written (NFC), in the
// three cases: "tỉnh", "Tỉnh", "TỈNH", …
var plTypeWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range [...]string{"tỉnh", "huyện", "xã", "thành", "thị", "quận", "phường", "đặc", "tp", "tp."} {
		m[w] = true
		m[strings.ToUpper(w)] = true
		m[hdrCapitalize(w)] = true
	}
	return m
}()

// plTypeByte is a cheap test before the map: the first byte of tỉnh,
// huyện, xã, thành, thị, quận, phường, đặc, tp in any case.
func plTypeByte(c byte) bool {
	switch c {
	case 't', 'T', 'h', 'H', 'x', 'X', 'q', 'Q', 'p', 'P', 0xC4:
		return true
	}
	return false
}

// plNextWord returns the word at or after offset i, separated by blanks and
// punctuation that never belongs to a place name, and the offset after it;
// "" at the end.
func plNextWord(s string, i int) (string, int) {
	for i < len(s) {
		for i < len(s) && plSep(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !plSep(s[j]) && !plQuote(s, j) {
			j++
		}
		if j > i || i >= len(s) {
			return s[i:j], j
		}
		i += 3 // a curly quote mark
	}
	return "", i
}

// plQuote reports a curly double quote (“ or ”) at s[j].
func plQuote(s string, j int) bool {
	return s[j] == 0xE2 && j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0x9C || s[j+2] == 0x9D)
}

// plSep reports ASCII separators of words in place mentions.
func plSep(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', ';', '(', ')', ':', '"':
		return true
	}
	return false
}

// plCapital reports whether a word starts with a capital or a digit.
func plCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// plLevels returns the gazetteer levels a unit type word can name, before
// or after the 2025 reform.
func plLevels(typ string, post bool) []string {
	if post {
		switch typ {
		case "tinh", "thanh pho", "tp":
			return []string{rules.GazProvince2025}
		case "xa", "phuong", "dac khu":
			return []string{rules.GazCommune2025}
		case "":
			return []string{rules.GazProvince2025, rules.GazCommune2025}
		}
		return nil // no districts after 1 July 2025
	}
	switch typ {
	case "tinh":
		return []string{rules.GazProvince}
	case "thanh pho", "tp":
		return []string{rules.GazProvince, rules.GazDistrict}
	case "huyen", "quan", "thi xa":
		return []string{rules.GazDistrict}
	case "xa", "phuong", "thi tran":
		return []string{rules.GazCommune}
	case "":
		return []string{rules.GazProvince, rules.GazDistrict, rules.GazCommune}
	}
	return nil
}

// plRank orders levels from the top: provinces first.
func plRank(level string) int {
	switch level {
	case rules.GazProvince, rules.GazProvince2025:
		return 3
	case rules.GazDistrict:
		return 2
	}
	return 1
}

// resolvePlace finds the unit named name with unit type typ (folded: "tinh",
// "huyen", …, or "" when unknown). post selects the units in force since 1
// July 2025. Among units of the same name, the one whose higher units the
// document names wins, then the higher level, then the first in the file.
func (r *headerRules) resolvePlace(typ, name string, post bool, ctx *placeCtx, wantLevel string) (rules.Unit, bool) {
	if r.gaz == nil || name == "" {
		return rules.Unit{}, false
	}
	key := rules.GazKey(name)
	cands := r.gaz.LookupKey(key, plLevels(typ, post)...)
	if len(cands) == 0 && typ != "" {
		cands = r.gaz.LookupKey(key, plLevels("", post)...)
	}
	if len(cands) == 0 {
		cands = r.gaz.LookupKey(key, plLevels(typ, !post)...)
	}
	best, bestScore := -1, -1
	for i, u := range cands {
		score := 0
		if typ != "" && plTypeMatch(typ, u.Type) {
			score += 8
		}
		if wantLevel != "" && plLevelName(u.Level) == wantLevel {
			score += 16
		}
		for p, ok := r.gaz.Parent(u); ok; p, ok = r.gaz.Parent(p) {
			// a parent of the same name (phường Lào Cai in tỉnh Lào Cai) proves nothing
			if pk := rules.GazKey(p.Name); len(cands) > 1 && pk != key && ctx.has(pk) {
				score += 4
			}
		}
		score += plRank(u.Level)
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return rules.Unit{}, false
	}
	return cands[best], true
}

// plTypeMatch compares a folded type word with a gazetteer unit type.
func plTypeMatch(typ, unitType string) bool {
	f := vn.Fold(unitType)
	return f == typ || (typ == "tp" && f == "thanh pho")
}

// plLevelName maps a gazetteer level to an issuer level.
func plLevelName(level string) string {
	switch level {
	case rules.GazProvince, rules.GazProvince2025:
		return LevelProvince
	case rules.GazDistrict:
		return LevelDistrict
	}
	return LevelCommune
}

// fillPlace writes the unit and its higher units into the issuer.
func (r *headerRules) fillPlace(u rules.Unit, is *Issuer) {
	g := r.gaz
	switch u.Level {
	case rules.GazCommune:
		is.Commune = u.Name
		if d, ok := g.Parent(u); ok {
			is.District = d.Name
		}
	case rules.GazDistrict:
		is.District = u.Name
	case rules.GazCommune2025:
		is.Commune = u.Name
	}
	if p, ok := g.Province(u); ok {
		if p.Level == rules.GazProvince {
			is.Province = p.Name
		} else {
			is.Province = r.oldProvince(u, p)
		}
	}
	if p, ok := g.Province2025(u); ok {
		is.Province2025 = p.Name
	}
}

// oldProvince returns the pre-2025 province of a 2025 unit u in province p:
// the one province all of u's predecessors lay in, else the old province
// of p's name, else "".
func (r *headerRules) oldProvince(u, p rules.Unit) string {
	g := r.gaz
	prov := ""
	for _, old := range g.Predecessors(u) {
		op, ok := g.Province(old)
		if !ok {
			continue
		}
		if prov != "" && prov != op.Name {
			prov = ""
			break
		}
		prov = op.Name
	}
	if prov != "" {
		return prov
	}
	if old := g.Lookup(p.Name, rules.GazProvince); len(old) > 0 {
		return old[0].Name
	}
	return ""
}
