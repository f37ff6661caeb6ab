package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// hdrSeg is one body named in the issuer column: "UBND TỈNH LÀO CAI",
// "SỞ CÔNG THƯƠNG".
type hdrSeg struct {
	words   []string
	head    hdrHead
	hasHead bool
	typ     string // folded unit type of its place, "" when it names none
	place   string // place name as written
	placeAt int    // index of the unit type word, or len(words)
	nameAt  int    // index of the first word of the place name, or len(words)
}

// segments groups the issuer-column cells into bodies: a cell opening with
// a head word starts a new body, any other cell continues the current one
// ("ỦY BAN NHÂN DÂN" + "TỈNH BÌNH DƯƠNG").
func (r *headerRules) segments(cells []string) []hdrSeg {
	var segs []hdrSeg
	prev := ""
	for _, c := range cells {
		c = hdrCleanCell(c)
		if c == "" {
			continue
		}
		fc := vn.Fold(c)
		if fc == prev {
			continue // a Công báo section label repeats the issuer above its header
		}
		prev = fc
		head, ok := r.headOf(fc)
		if !ok || len(segs) == 0 || r.bareHead(segs[len(segs)-1]) {
			if len(segs) > 0 && (!ok || r.bareHead(segs[len(segs)-1])) {
				last := &segs[len(segs)-1]
				last.words = append(last.words, strings.Fields(c)...)
				continue
			}
		}
		segs = append(segs, hdrSeg{words: strings.Fields(c), head: head, hasHead: ok})
	}
	for i := range segs {
		r.parseSeg(&segs[i])
	}
	if len(segs) > 0 && !segs[0].hasHead {
		segs = segs[1:] // upper-case text that names no body
	}
	return segs
}

// hdrCleanCell drops the stray marks OCR leaves in an issuer cell ("HUYỆN
// CẨM THỦY  ,", "ỦY BAN ‘ NHÂN DÂN"): words without a letter or a digit,
// other than the dash of "LAO ĐỘNG - THƯƠNG BINH", a dash that ends the
// cell, and the reference to a founding decision after "THEO". A comma ending a cell stays: "CỤC ĐỔI MỚI SÁNG TẠO," goes on
// below.
func hdrCleanCell(c string) string {
	words := strings.Fields(c)
	out := words[:0]
	for _, w := range words {
		if w == "-" || w == "–" || strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, w)
		}
	}
	for len(out) > 0 && (out[len(out)-1] == "-" || out[len(out)-1] == "–") {
		out = out[:len(out)-1]
	}
	for i := 1; i < len(out); i++ {
		// "ĐOÀN KIỂM TRA THEO QĐ SỐ 2872/QĐ-SCT": the decision that set a
		// body up is no part of its name
		if vn.Fold(out[i]) == "theo" && strings.ContainsAny(strings.Join(out[i:], " "), "0123456789") {
			out = out[:i]
			break
		}
	}
	return strings.Join(out, " ")
}

// bareHead reports whether s is only a head word, waiting for the rest of
// its name ("BAN THƯỜNG VỤ" + "TỈNH ỦY").
func (r *headerRules) bareHead(s hdrSeg) bool {
	return s.hasHead && len(vn.Fold(strings.Join(s.words, " "))) <= len(s.head.fold)
}

// headOf returns the longest issuer head opening folded fc.
func (r *headerRules) headOf(fc string) (hdrHead, bool) {
	for _, h := range r.heads {
		if hdrFoldHasPrefix(fc, h.fold) {
			return h, true
		}
	}
	return hdrHead{}, false
}

// headFold returns the folded head word opening folded f, or "".
func (r *headerRules) headFold(f string) string {
	h, _ := r.headOf(f)
	return h.fold
}

// parseSeg finds the head and the place of a segment. A Party committee
// names its place after "ỦY": "TỈNH ỦY THANH HÓA" is placed in tỉnh Thanh
// Hóa.
func (r *headerRules) parseSeg(s *hdrSeg) {
	fc := vn.Fold(strings.Join(s.words, " "))
	s.head, s.hasHead = r.headOf(fc)
	s.placeAt, s.nameAt = len(s.words), len(s.words)
	for i := 0; i+1 < len(s.words); i++ {
		n := hdrUnitTypeLen(s.words[i:])
		typ := ""
		if n == 0 && vn.Fold(s.words[i+1]) == "uy" {
			// "THÀNH ỦY HÀ NỘI", "THỊ ỦY SƠN TÂY": city and town committees
			switch strings.ToLower(s.words[i]) {
			case "thành":
				n, typ = 1, "thanh pho"
			case "thị":
				n, typ = 1, "thi xa"
			}
		}
		if n == 0 || i+n >= len(s.words) {
			continue
		}
		start := i + n
		if f := vn.Fold(s.words[start]); f == "uy" {
			start++ // "TỈNH ỦY THANH HÓA"
		} else if i == 0 && s.hasHead {
			i += n - 1
			continue
		}
		end := start
		for end < len(s.words) && plCapital(s.words[end]) && vn.Fold(s.words[end]) != "uy" {
			end++
		}
		if end == start || (end == start+1 && r.gaz != nil && len(r.gaz.Lookup(s.words[start])) == 0) {
			// "XÃ HỘI" (society) in "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
			// names no place: a one-word place must be a known unit
			i += n - 1
			continue
		}
		s.typ = typ
		if s.typ == "" {
			s.typ = strings.TrimRight(vn.Fold(strings.Join(s.words[i:i+n], " ")), ".")
		}
		s.place = strings.Join(s.words[start:end], " ")
		s.placeAt, s.nameAt = i, start
		i = end - 1
	}
	if s.place == "" && s.hasHead && r.gaz != nil {
		// "SỞ CÔNG THƯƠNG LÀO CAI": a province named without "tỉnh"
		hw := len(strings.Fields(s.head.fold))
		for k := max(hw+1, len(s.words)-3); k <= len(s.words)-2; k++ {
			name := strings.Join(s.words[k:], " ")
			if len(r.gaz.Lookup(name, rules.GazProvince, rules.GazProvince2025)) > 0 {
				s.place, s.placeAt, s.nameAt = name, k, k
				break
			}
		}
	}
}

// name writes a segment in sentence case with its abbreviations expanded:
// "UBND TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh Lào Cai".
func (r *headerRules) segName(s hdrSeg) string {
	out := make([]string, 0, len(s.words)+4)
	headWords := len(strings.Fields(s.head.fold))
	for i, w := range s.words {
		switch {
		case i >= s.nameAt && s.place != "":
			out = append(out, hdrCapitalize(strings.ToLower(w)))
		case s.hasHead && i < headWords && r.abbr[w] == "" && len(strings.Fields(s.head.lower)) == headWords:
			// the head as the rules write it: one tone-mark style ("Ủy", not "Uỷ")
			hw := strings.Fields(s.head.lower)[i]
			if i == 0 {
				hw = hdrCapitalize(hw)
			}
			out = append(out, hw)
		case s.head.named && i >= headWords && r.abbr[w] == "" && hdrIsUpper(w):
			// "TRƯỜNG THPT LÊ QUÝ ĐÔN": the school's name keeps capitals
			out = append(out, hdrCapitalize(strings.ToLower(w)))
		case r.abbr[w] != "" && i < s.placeAt:
			out = append(out, r.abbr[w]) // with its capitals: "Giáo dục và Đào tạo"
		case i == 0:
			out = append(out, hdrCapitalize(strings.ToLower(w)))
		case hdrAbbrevLike(w):
			out = append(out, w) // "QLCN", "GD&ĐT": an abbreviation keeps its capitals
		case hdrIsUpper(w) || hdrIsUpper(strings.Join(s.words, " ")):
			lw := strings.ToLower(w)
			if i > 0 && hdrUnitTypeLen(s.words[i-1:]) > 0 && vn.Fold(w) == "uy" && len(out) > 0 {
				// "tỉnh ủy" in a Party name: "Tỉnh ủy"
				out[len(out)-1] = hdrCapitalize(out[len(out)-1])
			}
			out = append(out, lw)
		default:
			out = append(out, w)
		}
	}
	if s.hasHead && s.head.field && hdrIsUpper(strings.Join(s.words, " ")) {
		hdrFieldCase(s.words, out, headWords, s.placeAt)
	}
	return r.properCase(strings.Join(out, " "))
}

// hdrFieldCase capitalizes, in the sentence-cased words out of an
// upper-case name, the first word after the head and the first word of
// each part coordinated by a comma, "và" or a dash, up to the place:
// "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", "Sở Lao động -
// Thương binh và Xã hội" (Nghị định 30/2020, Phụ lục II).
func hdrFieldCase(words, out []string, from, to int) {
	to = min(to, len(words), len(out))
	for i := from; i < to; i++ {
		if !hdrIsUpper(words[i]) {
			continue // an expanded abbreviation or a mixed-case word keeps its case
		}
		start := i == from
		if !start {
			prev := words[i-1]
			start = strings.HasSuffix(prev, ",") || prev == "-" || prev == "–" || vn.Fold(prev) == "va"
		}
		if start && vn.Fold(words[i]) != "va" {
			out[i] = hdrCapitalize(out[i])
		}
	}
}

// properCase restores the capitals of known full names in a sentence-cased
// phrase: "Sở công thương" → "Sở Công Thương".
func (r *headerRules) properCase(s string) string {
	words := strings.Fields(s)
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = vn.Fold(strings.Trim(w, ",;:"))
	}
	for k, pf := range r.properFold {
		for i := 0; i+len(pf) <= len(words); i++ {
			match := true
			for j := range pf {
				if folded[i+j] != pf[j] {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			for j, pw := range r.proper[k] {
				if strings.Trim(words[i+j], ",;:") == words[i+j] {
					words[i+j] = pw
				}
			}
			if i == 0 {
				words[0] = hdrCapitalize(words[0])
			}
		}
	}
	return strings.Join(words, " ")
}

// issuer fills d.Issuer from the issuer column, the place line, the
// preamble and the symbol, resolving places with the gazetteer.
func (r *headerRules) issuer(t *text, h *hdrScan, hints Hints, d *Document) {
	post := d.Issued.Date >= "2025-07" // "2025-07" (day left blank) is after the reform too
	ctx := newPlaceCtx(t)
	cells := h.agencies
	if len(cells) == 0 && h.authority != "" {
		cells = []string{h.authority} // a certificate names its body under the title only
	}
	segs := r.segments(cells)
	var is Issuer
	var own hdrSeg
	var parents []hdrSeg
	for i := len(segs) - 1; i >= 0; i-- {
		if !segs[i].head.onlyParent || i == 0 {
			own = segs[i]
			parents = append(parents[:0:0], segs[:i]...)
			break
		}
	}
	if len(segs) > 0 && own.words == nil {
		own = segs[len(segs)-1]
	}
	haveSeg := own.words != nil

	bodyName := ""
	if !haveSeg {
		if name, seg, ok := r.bodyIssuer(t, h); ok {
			bodyName = name
			own = seg
			haveSeg = true
		}
	}

	// where: the issuer's own place, a parent's, the place line
	typ, place := own.typ, own.place
	for i := len(parents) - 1; place == "" && i >= 0; i-- {
		typ, place = parents[i].typ, parents[i].place
	}
	fromLine := false
	if place == "" && h.place != "" {
		ws := strings.Fields(h.place)
		if n := hdrUnitTypeLen(ws); n > 0 && n < len(ws) {
			typ, place = strings.TrimRight(vn.Fold(strings.Join(ws[:n], " ")), "."), strings.Join(ws[n:], " ")
		} else {
			typ, place = "", h.place
		}
		fromLine = true
	}
	wantLevel := ""
	if own.hasHead {
		wantLevel = own.head.level
	}
	var unit rules.Unit
	resolved := false
	if place != "" && wantLevel != LevelCentral {
		unit, resolved = r.resolvePlace(typ, place, post, ctx, wantLevel)
	}

	// level: the issuer's own head word, else its place; a body under a
	// higher one (Phòng of a Sở, Cục of a Bộ) takes the higher level
	switch {
	case own.hasHead && own.head.level != "":
		is.Level = own.head.level
	case resolved:
		is.Level = plLevelName(unit.Level)
	}
	for _, p := range parents {
		if p.hasHead && p.head.level != "" && !p.head.onlyParent && levelRank(p.head.level) > levelRank(is.Level) {
			is.Level = p.head.level
		}
	}
	if is.Level == LevelCentral {
		resolved = false
	}
	if resolved {
		r.fillPlace(unit, &is)
		// a provincial body (Sở) placed by its province: no district
		if is.Level == LevelProvince {
			is.District, is.Commune = "", ""
		} else if is.Level == LevelDistrict {
			is.Commune = ""
		}
	}

	// name
	switch {
	case bodyName != "":
		is.Name = bodyName
	case haveSeg:
		is.Name = r.segName(own)
		if own.place == "" {
			for i := len(parents) - 1; i >= 0; i-- {
				p := parents[i]
				// a Party committee's organ, or an office of a People's Committee:
				// "Ban Tuyên giáo Tỉnh ủy …", "Văn phòng Ủy ban nhân dân tỉnh …"
				direct := i == len(parents)-1
				if direct && p.hasHead && !p.head.onlyParent && (p.head.kind == "party" || (own.head.ofParent && p.head.level == "" && p.place != "")) {
					is.Name += " " + r.segName(p)
					break
				}
				if p.place != "" {
					typ := strings.ToLower(strings.Join(p.words[p.placeAt:p.placeAt+hdrUnitTypeLen(p.words[p.placeAt:])], " "))
					if typ == "" && resolved {
						typ = unit.Type // "SỞ CÔNG THƯƠNG LÀO CAI" names no unit type
					}
					lname := strings.ToLower(is.Name)
					if typ != "" && !strings.HasSuffix(lname, " "+typ) && !strings.HasSuffix(lname, " "+typ+" ủy") {
						// "Đảng ủy các cơ quan tỉnh" has it already, and
						// "Ban Thường vụ Tỉnh ủy" is placed by the place alone
						is.Name += " " + typ
					}
					is.Name += " " + hdrSentencePlace(p.place)
					break
				}
			}
			if is.Name == r.segName(own) && resolved && fromLine && own.head.level == "" {
				is.Name = hdrWithPlace(is.Name, unit.Type, unit.Name)
			}
		}
	default:
		if code := r.symbolIssuer(d.Number); code != "" && resolved {
			is.Name = code + " " + unit.Type + " " + unit.Name
			if is.Level == "" {
				is.Level = plLevelName(unit.Level)
			}
		}
	}
	r.issuerHint(hints.Issuer, post, ctx, resolved, &is, d)
	if is.Name == "" {
		// a place line alone (a company's Phương án dated "Lào Cai, ngày …")
		// says where the document was written, not who issued it
		is = Issuer{}
	}
	d.Issuer = is
}

// issuerHint uses the metadata's issuing body ("Tỉnh Bình Dương", "UBND
// huyện Cần Đước") to place an issuer the document leaves unplaced, and
// reports a province that disagrees with the document's.
func (r *headerRules) issuerHint(hint string, post bool, ctx *placeCtx, resolved bool, is *Issuer, d *Document) {
	hint = strings.TrimSpace(hint)
	if hint == "" {
		return
	}
	seg := hdrSeg{words: strings.Fields(hint)}
	r.parseSeg(&seg)
	typ, place := seg.typ, seg.place
	if place == "" {
		if n := hdrUnitTypeLen(seg.words); n > 0 && n < len(seg.words) {
			typ, place = strings.TrimRight(vn.Fold(strings.Join(seg.words[:n], " ")), "."), strings.Join(seg.words[n:], " ")
		}
	}
	if place == "" {
		if is.Name == "" {
			is.Name = hint
		}
		return
	}
	u, ok := r.resolvePlace(typ, place, post, ctx, "")
	if !ok {
		return
	}
	if !resolved {
		var h Issuer
		r.fillPlace(u, &h)
		is.Province, is.Province2025, is.District, is.Commune = h.Province, h.Province2025, h.District, h.Commune
		if is.Level == "" {
			is.Level = plLevelName(u.Level)
		}
		if is.Name == "" {
			is.Name = hint
		} else if f := vn.Fold(is.Name); len(f) <= len(r.headFold(f)) {
			is.Name = hdrWithPlace(is.Name, u.Type, u.Name) // "Ủy ban nhân dân" alone
		}
		return
	}
	var h Issuer
	r.fillPlace(u, &h)
	if h.Province != "" && is.Province != "" && rules.GazKey(h.Province) != rules.GazKey(is.Province) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("metadata issuer %q is not in the document's province %s", hint, is.Province))
	}
}

// hdrAbbrevLike reports whether an upper-case word is an abbreviation
// rather than a syllable: every Vietnamese syllable has a vowel, "QLCN" has
// none; "&" and digits ("GD&ĐT", "TT2") mark codes too.
func hdrAbbrevLike(w string) bool {
	if !hdrIsUpper(w) {
		return false
	}
	if strings.ContainsAny(w, "&0123456789") {
		return true
	}
	for _, r := range w {
		switch vn.FoldRune(r) {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return false
		}
	}
	return true
}

// hdrWithPlace appends "tỉnh Lào Cai" to a name, or only "Lào Cai" when
// the name ends with the unit type already ("Ủy ban nhân dân tỉnh").
func hdrWithPlace(name, typ, place string) string {
	if strings.HasSuffix(strings.ToLower(name), " "+typ) {
		return name + " " + place
	}
	return name + " " + typ + " " + place
}

// levelRank orders issuer levels from the bottom.
func levelRank(level string) int {
	switch level {
	case LevelCentral:
		return 4
	case LevelProvince:
		return 3
	case LevelDistrict:
		return 2
	case LevelCommune:
		return 1
	}
	return 0
}

// hdrSentencePlace writes a place name in title case: "BÌNH DƯƠNG" →
// "Bình Dương"; mixed case is kept.
func hdrSentencePlace(s string) string {
	if !hdrIsUpper(s) {
		return s
	}
	return sigName(s)
}

// symbolIssuer returns the full name of the issuer code of a symbol:
// "KH-UBND" → "Ủy ban nhân dân", "NQ/ĐU" → "Đảng ủy".
func (r *headerRules) symbolIssuer(n *Number) string {
	if n == nil {
		return ""
	}
	sym := n.Symbol
	k := strings.LastIndexAny(sym, "-/")
	if k < 0 {
		return ""
	}
	return r.abbr[sym[k+1:]]
}

// bodyIssuer looks in the preamble for the body that issues the document
// when the header does not name it: a head word followed, within a few
// words, by the place of the place line ("Ủy ban nhân dân xã Cẩm Thành ban
// hành Kế hoạch …").
func (r *headerRules) bodyIssuer(t *text, h *hdrScan) (string, hdrSeg, bool) {
	if h.place == "" {
		return "", hdrSeg{}, false
	}
	pk := rules.GazKey(h.place)
	end := h.end + 15
	if end > len(t.lines) {
		end = len(t.lines)
	}
	for i := h.end; i < end; i++ {
		line := t.line(i)
		if len(line) > 6000 {
			line = line[:6000]
		}
		words := strings.Fields(line)
		for k := 0; k < len(words); k++ {
			c := words[k]
			if !plCapital(c) {
				continue
			}
			probe := strings.Join(words[k:min(k+5, len(words))], " ")
			head, ok := r.headOf(vn.Fold(probe))
			if !ok || head.onlyParent {
				continue
			}
			for j := k + 1; j < len(words) && j < k+14; j++ {
				n := hdrUnitTypeLen(words[j:])
				if n == 0 || j+n >= len(words) {
					continue
				}
				for m := 1; m <= 4 && j+n+m <= len(words); m++ {
					if rules.GazKey(strings.Join(words[j+n:j+n+m], " ")) == pk {
						seg := hdrSeg{words: words[k : j+n+m]}
						r.parseSeg(&seg)
						return strings.TrimRight(strings.Join(words[k:j+n+m], " "), ".,;:"), seg, true
					}
				}
			}
		}
	}
	return "", hdrSeg{}, false
}
