package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// sigTail is how many lines before the end the closing block is looked for.
const sigTail = 70

// sigBlock is one signature block being read.
type sigBlock struct {
	auth      []string
	title     string
	name      string
	lastLine  int
	titleLine int
	deputyOf  string // title after "KT." or "Q.", for a missing title
}

// sigSignedPrefix returns the length in runes of a "Đã ký:" or "(Đã ký)"
// lead in folded fc, or 0.
func sigSignedPrefix(fc string) int {
	for _, p := range [...]string{"(da ky)", "da ky:", "da ky", "(ky)", "ky ten:"} {
		if strings.HasPrefix(fc, p) && len(fc) > len(p)+1 {
			return len(p)
		}
	}
	return 0
}

// sigCutRunes drops the first n runes of c.
func sigCutRunes(c string, n int) string {
	for i := range c {
		if n == 0 {
			return c[i:]
		}
		n--
	}
	return ""
}

// signers reads the signature blocks at the end of the text (in lines
// [start, end), start being the first line after the header, whose
// authority line "BỘ TRƯỞNG BỘ CÔNG THƯƠNG" is no signature) and returns
// them with the line of "Nơi nhận", or -1. Names are never taken from the
// Nơi nhận list.
func (r *headerRules) signers(t *text, start, end int) ([]Signer, int) {
	sigs, nn := r.signersIn(t, max(start, end-sigTail), end)
	if sigNamed(sigs) {
		return sigs, nn
	}
	// appendices after the signature (forms carry their own "Nơi nhận"):
	// read around each "Nơi nhận" from the last, until a block names someone
	tries := 0
	for i := end - 1; i >= start && tries < 40; i-- {
		l := t.line(i)
		if len(l) > 30 {
			continue
		}
		if f := vn.Fold(hdrStrip(l)); strings.HasPrefix(f, "noi nhan") {
			tries++
			if s2, nn2 := r.signersIn(t, max(start, i-12), min(end, i+45)); sigNamed(s2) {
				return s2, nn2
			}
		}
	}
	// a certificate's, a permit's or a circular's block stands above a long
	// annex with no "Nơi nhận": read around each authority line ("KT.
	// GIÁM ĐỐC") or line that is a title in capitals ("BỘ TRƯỞNG"), from
	// the last
	tries = 0
	for i := end - 1; i >= start && tries < 20; i-- {
		l := hdrStrip(t.line(i))
		if len(l) < 4 || len(l) > 80 {
			continue
		}
		if !r.opensBlock(l) {
			continue
		}
		tries++
		if s2, nn2 := r.signersIn(t, max(start, i-2), min(end, i+16)); sigNamed(s2) {
			if nn2 < 0 {
				nn2 = nn
			}
			return s2, nn2
		}
	}
	return sigs, nn
}

// opensBlock reports whether the line l may open a signature block: an
// authority line ("KT. GIÁM ĐỐC"), or a signer title alone in capitals.
func (r *headerRules) opensBlock(l string) bool {
	if sigMayOpenAuthority(l[0]) {
		if _, _, ok := r.authority(l, vn.Fold(l)); ok {
			return true
		}
	}
	if !hdrIsUpper(l) {
		return false
	}
	fc := vn.Fold(l)
	t, ok := r.titleOf(fc)
	return ok && len(t.fold) == len(fc)
}

// sigMayOpenAuthority is a cheap test before matching authority prefixes:
// TM., KT., TL., TUQ., Q., T/M, K/T, T/L open with one of these letters.
func sigMayOpenAuthority(c byte) bool {
	switch c {
	case 'T', 'K', 'Q', 't', 'k', 'q':
		return true
	}
	return false
}

// sigNamed reports whether a signer has a name.
func sigNamed(sigs []Signer) bool {
	for _, s := range sigs {
		if s.Name != "" {
			return true
		}
	}
	return false
}

// signersIn reads signature blocks in lines [from, end).
func (r *headerRules) signersIn(t *text, from, end int) ([]Signer, int) {
	if from < 0 {
		from = 0
	}
	noiNhan := -1
	var blocks []*sigBlock
	var cur *sigBlock
	for i := from; i < end; i++ {
		line := t.line(i)
		if len(line) > 300 {
			named := false
			for _, b := range blocks {
				named = named || b.name != ""
			}
			if named {
				break // prose after the closing block: a web page's trailer
			}
			if len(blocks) > 0 && len(blocks[len(blocks)-1].auth) > 0 {
				break // an authority line without a name, then prose
			}
			blocks, cur = blocks[:0], nil // titles in the body, not a signature
			continue
		}
		for _, c := range hdrCells(line) {
			if len(c) > 160 {
				continue // prose: no authority, title or name is that long
			}
			fc := vn.Fold(c)
			if strings.HasPrefix(fc, "noi nhan") {
				if blocksNamed(blocks) {
					return sigOut(blocks), noiNhan // an appendix's own closing block follows
				}
				noiNhan = i
				rest := strings.TrimSpace(strings.TrimPrefix(hdrAfterWords(c, 2), ":"))
				if rest == "" {
					continue
				}
				c, fc = rest, vn.Fold(rest)
			}
			if recIsItem(c) || strings.HasPrefix(fc, "luu") {
				// OCR may run the block's column into the list with one space:
				// "- UBND tỉnh (b/c); CHỦ TỊCH"
				tail, ok := r.titleSuffix(c, fc)
				if !ok {
					continue
				}
				c, fc = tail, vn.Fold(tail)
			}
			if p, rest, ok := r.authority(c, fc); ok {
				if cur == nil || cur.name != "" || cur.title != "" || (cur.lastLine == i && len(cur.auth) > 0) {
					cur = &sigBlock{}
					blocks = append(blocks, cur)
				}
				a := p
				if rest != "" {
					if tt, ok := r.titleOf(vn.Fold(rest)); ok && len(tt.fold) == len(vn.Fold(rest)) {
						a += " " + tt.canonical
						switch p {
						case "KT.", "K/T":
							cur.deputyOf = deputyTitle(tt)
						case "Q.":
							// "Q. GIÁM ĐỐC" is signed by the acting head himself
							cur.deputyOf = "Quyền " + tt.canonical
						}
					} else {
						seg := hdrSeg{words: strings.Fields(rest)}
						r.parseSeg(&seg)
						a += " " + r.segName(seg)
					}
				}
				cur.auth = append(cur.auth, a)
				cur.lastLine = i
				continue
			}
			if tt, ok := r.titleOf(fc); ok && hdrIsUpper(c) {
				// side-by-side blocks get their titles in column order
				var target *sigBlock
				for _, b := range blocks {
					if b.title == "" && b.name == "" && i-b.lastLine <= 4 {
						target = b
						break
					}
				}
				if target == nil {
					if cur != nil && cur.name == "" && cur.titleLine != i {
						cur.lastLine = i // a second position line: "PHÓ CHỦ TỊCH UBND HUYỆN"
						continue
					}
					cur = &sigBlock{}
					blocks = append(blocks, cur)
					target = cur
				}
				target.title, target.titleLine, target.lastLine = tt.canonical, i, i
				continue
			}
			if k := sigSignedPrefix(fc); k > 0 {
				c = strings.TrimSpace(sigCutRunes(c, k))
			}
			c = r.dropRank(c)
			if cur != nil && i-cur.lastLine <= 10 && r.personName(c) {
				for _, b := range blocks {
					if b.name == "" && i-b.lastLine <= 12 {
						b.name = sigName(c)
						break
					}
				}
				if blocks[len(blocks)-1].name != "" {
					cur = nil
				}
			}
		}
	}
	return sigOut(blocks), noiNhan
}

// blocksNamed reports whether a block has a name.
func blocksNamed(blocks []*sigBlock) bool {
	for _, b := range blocks {
		if b.name != "" {
			return true
		}
	}
	return false
}

// sigOut turns the blocks read into signers.
func sigOut(blocks []*sigBlock) []Signer {
	var out []Signer
	for _, b := range blocks {
		title := b.title
		if title == "" {
			title = b.deputyOf
		}
		if b.name == "" && title == "" && len(b.auth) == 0 {
			continue
		}
		out = append(out, Signer{Name: b.name, Title: title, Authority: strings.Join(b.auth, "; ")})
	}
	return out
}

// mergeSignerHint completes the signers with the metadata's signer name:
// a block without a name takes it, no block at all makes one. A different
// name in the block is reported.
func (r *headerRules) mergeSignerHint(sigs []Signer, hint string, d *Document) []Signer {
	hint = strings.TrimSpace(hint)
	if hint != "" && !r.personName(hint) {
		hint = "" // a digital-signature stamp, not a person
	}
	var out []Signer
	hinted := false
	for _, s := range sigs {
		if s.Name == "" {
			if hint == "" || hinted {
				continue
			}
			s.Name = sigName(hint)
			hinted = true
		}
		out = append(out, s)
	}
	if hint == "" {
		return out
	}
	found := hinted
	for _, s := range out {
		found = found || vn.Fold(s.Name) == vn.Fold(hint)
	}
	if !found {
		if len(out) == 0 {
			return []Signer{{Name: sigName(hint)}}
		}
		d.Warnings = append(d.Warnings, fmt.Sprintf("metadata signer %q is not in the signature block", hint))
	}
	return out
}

// authority recognizes an authority prefix at the start of c: "KT. CHỦ
// TỊCH", "TM ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ". It returns the
// canonical prefix and the rest of the cell.
func (r *headerRules) authority(c, fc string) (prefix, rest string, ok bool) {
	for _, p := range r.prefixes {
		// match p.fold against fc ignoring dots and spaces
		i, j := 0, 0
		for i < len(fc) && j < len(p.fold) {
			switch {
			case fc[i] == '.' || fc[i] == ' ':
				i++
			case fc[i] == p.fold[j]:
				i++
				j++
			default:
				j = -1
			}
			if j < 0 {
				break
			}
		}
		if j != len(p.fold) {
			continue
		}
		// the prefix must end at a dot or a space, followed by text
		if i >= len(fc) || (fc[i] != '.' && fc[i] != ' ' && fc[i-1] != '.') {
			continue
		}
		// fc and c differ in byte length; cut c after the same number of
		// non-space characters, then skip dots and spaces.
		k := sigCut(c, fc[:i])
		rest = strings.TrimLeft(c[k:], ". ")
		if rest == "" || !hdrIsUpper(rest) {
			continue
		}
		return p.canonical, rest, true
	}
	return "", "", false
}

// sigCut returns the offset in c after as many runes as fprefix has bytes
// (fold maps each rune of c to one byte for Vietnamese text).
func sigCut(c, fprefix string) int {
	n := 0
	for i := range c {
		if n == len(fprefix) {
			return i
		}
		n++
	}
	return len(c)
}

// titleOf returns the longest signer title that opens folded fc.
func (r *headerRules) titleOf(fc string) (sigTitle, bool) {
	for _, t := range r.titles {
		if hdrFoldHasPrefix(fc, t.fold) {
			return t, true
		}
	}
	return sigTitle{}, false
}

// deputyTitle is the title of who signs "KT." for t: "Phó Chủ tịch".
func deputyTitle(t sigTitle) string {
	if t.deputy != "" {
		return t.deputy
	}
	if strings.HasPrefix(t.canonical, "Phó ") {
		return t.canonical
	}
	return "Phó " + t.canonical
}

// personName reports whether c reads as a person's name: two to six
// syllables, each capitalized, no digits, not an office or a body.
func (r *headerRules) personName(c string) bool {
	c = strings.TrimSpace(c)
	words := strings.Fields(c)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	allUpper := hdrIsUpper(c)
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || utf8.RuneCountInString(w) > 7 {
			return false
		}
		if !allUpper && utf8.RuneCountInString(w) > 1 && hdrIsUpper(w) {
			return false // "Lưu VT": an abbreviation among capitalized words
		}
		for _, x := range w {
			if !unicode.IsLetter(x) {
				return false
			}
		}
	}
	fc := vn.Fold(c)
	if _, ok := r.titleOf(fc); ok {
		return false
	}
	for _, h := range r.heads {
		// one-word heads (Đoàn, Trường) collide with surnames (Đoàn, Trương):
		// they count only in a line of capitals
		if !allUpper && !strings.Contains(h.fold, " ") {
			continue
		}
		// with accents: "Thanh Trà" is a name, "Thanh tra" a body
		if lc := strings.ToLower(c); strings.HasPrefix(lc, h.lower+" ") || strings.Contains(lc, " "+h.lower+" ") || strings.HasSuffix(lc, " "+h.lower) || lc == h.lower {
			return false
		}
	}
	if strings.HasPrefix(fc, "luu ") {
		return false
	}
	first, _, _ := strings.Cut(fc, " ")
	switch first {
	case "ten", "cap", "ky", "ghi", "chuc", "co", "cac", "nhung", "theo", "tai", "cua", "ve", "cho", "voi", "va", "de", "khi", "neu", "tu", "den",
		"trong", "ngoai", "tren", "duoi", "sau", "truoc", "nay", "thi", "ma", "duoc", "bi", "khong", "mot", "moi", "noi":
		return false // a grammar word never opens a name
	case "do", "la":
		// with accents: the surnames Đỗ, La, Lã are not "do", "đó", "là"
		switch strings.ToLower(words[0]) {
		case "do", "đó", "đồ", "độ", "đỏ", "là", "lá", "lạ":
			return false
		}
	}
	for _, w := range [...]string{"phu luc", "mau so", "ghi chu", "noi nhan", "da ky", "nhan dan", "viet nam", "cong thong tin", "dien tu", "chinh phu", "thong tin"} {
		if strings.Contains(fc, w) {
			return false
		}
	}
	return true
}

// dropRank returns c without a rank or degree written before the name:
// "Thượng tướng Tô Lâm" → "Tô Lâm", "PGS.TS. Nguyễn Văn A" → "Nguyễn Văn A".
// Other lines are returned as they are.
func (r *headerRules) dropRank(c string) string {
	if len(r.ranks) == 0 || c == "" {
		return c
	}
	words := strings.Fields(c)
	for k := min(len(words)-1, 3); k >= 1; k-- {
		lead := sigSquash(strings.ToLower(strings.Join(words[:k], "")))
		for _, rk := range r.ranks {
			if lead == rk {
				return strings.Join(words[k:], " ")
			}
		}
	}
	return c
}

// sigName writes a name in title case: "NGUYỄN VĂN AN" → "Nguyễn Văn An".
func sigName(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = hdrCapitalize(strings.ToLower(w))
	}
	return strings.Join(words, " ")
}

// sigSquash removes dots and spaces: "k.t." → "kt".
func sigSquash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == ' ' {
			return -1
		}
		return r
	}, s)
}

// titleSuffix returns the upper-case signer title that ends an item line
// ("- Lưu: VT. PHÓ CHỦ TỊCH"), or false.
func (r *headerRules) titleSuffix(c, fc string) (string, bool) {
	for _, t := range r.titles {
		if !strings.HasSuffix(fc, " "+t.fold) {
			continue
		}
		words := strings.Fields(c)
		n := len(strings.Fields(t.fold))
		if len(words) <= n {
			return "", false
		}
		tail := strings.Join(words[len(words)-n:], " ")
		if hdrIsUpper(tail) {
			return tail, true
		}
	}
	return "", false
}
