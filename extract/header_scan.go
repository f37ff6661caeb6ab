package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// hdrMaxLines bounds the header zone: the number, date, issuer and title of
// a document stand in its first lines (a legal-database page may put its
// navigation and metadata lines above them).
const hdrMaxLines = 120

// hdrScan is what the header zone holds, before interpretation.
type hdrScan struct {
	agencies   []string // upper-case cells of the issuer column, in order
	number     *Number
	place      string
	date       string
	docType    string   // from the title word ("KẾ HOẠCH")
	title      []string // trích yếu lines
	vv         bool     // the title is a "V/v …" line: a Công văn
	party      bool     // "ĐẢNG CỘNG SẢN VIỆT NAM" faces the issuer
	recipients []string // from "Kính gửi:"
	authority  string   // the body of the authority line under the title ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
	last       int      // the last line of the title word, the trích yếu or the authority line

	numberAfterAgency bool // the number stood below issuer cells: capitals after it are stamps
	end               int  // first line of the body
}

// scanHeader walks the first lines of t once and sorts their cells.
func (r *headerRules) scanHeader(t *text) hdrScan {
	var h hdrScan
	n := len(t.lines)
	if n > hdrMaxLines {
		n = hdrMaxLines
	}
	h.end = n
	titleOpen := false // collecting title lines
	nonEmpty, lastAgency := 0, 0
	pending := "" // a lone upper-case word waiting for the rest of its line ("ỦY" / "BAN NHÂN DÂN")
	for i := 0; i < n; i++ {
		line := t.line(i)
		if strings.TrimSpace(line) == "" {
			continue
		}
		nonEmpty++
		seen := h.number != nil || h.date != "" || h.docType != "" || h.vv
		if seen && (len(h.title) > 0 || h.docType == "") && hdrBodyStart(line) {
			h.end = i
			break
		}
		if len(line) > 400 && seen {
			h.end = i
			break
		}
		cells := hdrCells(line)
		for ci, c := range cells {
			if pending != "" {
				c = pending + " " + c
				pending = ""
			}
			fc := vn.Fold(c)
			if hdrIsUpper(c) && !strings.Contains(c, " ") && utf8.RuneCountInString(c) <= 5 && ci == len(cells)-1 && len(h.title) == 0 {
				pending = c
				continue
			}
			switch {
			case hdrIsRule(c):
				continue
			case hdrMotto(fc):
				if strings.HasPrefix(fc, "dang cong san") {
					h.party = true
				}
				if ci == 0 {
					titleOpen = false // beside a title (the V/v column) it does not end it
				}
				continue
			case hdrStamp(fc):
				continue // "DỰ THẢO", "MẬT", "KHẨN" stamps
			case strings.HasPrefix(fc, "kinh gui"):
				titleOpen = false
				var used int
				h.recipients, used = hdrKinhGui(t, i, c)
				i += used
				continue
			}
			if h.number == nil {
				if num, ok := hdrNumber(r.stripTypeBeforeSo(c, fc)); ok {
					h.number = &num
					h.numberAfterAgency = len(h.agencies) > 0
					titleOpen = false
					// "Số: 12/KH-UBND Kbang, ngày 10 tháng 8 năm 2021" on one line
					if k := strings.Index(c, num.Symbol); k >= 0 && h.date == "" {
						if place, date, ok := hdrPlaceDate(strings.TrimSpace(c[k+len(num.Symbol):])); ok {
							h.place, h.date = place, date
						}
					}
					continue
				}
			}
			if h.date == "" {
				if place, date, ok := hdrPlaceDate(c); ok {
					h.place, h.date = place, date
					if ci == 0 {
						titleOpen = false
					}
					continue
				}
			}
			if h.docType == "" && !h.vv {
				if name, rest, ok := r.docTypeWord(c, fc); ok {
					h.docType = name
					h.last = i
					titleOpen = true
					if rest != "" {
						h.title = append(h.title, rest)
					}
					continue
				}
			}
			if h.docType == "" && !h.vv && (strings.HasPrefix(fc, "v/v") || strings.HasPrefix(fc, "ve viec ")) {
				h.vv = true
				h.last = i
				titleOpen = true
				h.title = append(h.title, c)
				continue
			}
			if (titleOpen || len(h.title) > 0) && h.authority == "" && hdrIsUpper(c) {
				// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI" under a Quyết định's
				// or a Giấy phép's trích yếu ends it
				if body, ok := r.titleAuthority(c, fc); ok {
					h.authority = body
					h.last = i
					titleOpen = false
					continue
				}
			}
			if titleOpen {
				if len(h.title) == 0 || hdrTitleGoesOn(h.title, c) {
					h.title = append(h.title, c)
					h.last = i
					if len(h.title) >= 6 {
						titleOpen = false
					}
					continue
				}
				titleOpen = false
			}
			if _, _, lvl := parseHeading(c); lvl > 0 {
				continue // a heading of a page without a header
			}
			if h.number != nil && h.numberAfterAgency && len(h.agencies) > 0 {
				continue // an incoming-mail stamp below the number ("SỞ CÔNG THƯƠNG LÀO CAI / ĐẾN")
			}
			if h.docType == "" && !h.vv && len(h.title) == 0 && hdrIsUpper(c) && len(c) < 120 {
				if len(h.agencies) > 0 && nonEmpty-lastAgency > 3 {
					h.agencies = h.agencies[:0] // capitals far above the header: a web page's menu
				}
				lastAgency = nonEmpty
				h.agencies = append(h.agencies, c)
			}
		}
	}
	return h
}

// titleAuthority recognizes the line of the issuing authority that
// Nghị định 30/2020 puts under the trích yếu of a Quyết định or a Giấy
// phép: a signer title before a body ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO
// CAI", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "GIÁM ĐỐC SỞ CÔNG THƯƠNG"), or a body
// alone ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CHÍNH PHỦ", "SỞ CÔNG THƯƠNG TỈNH
// LÀO CAI"). A body alone must be named whole by its head or by a known
// full name, so that a title line opening with a head word ("BAN HÀNH QUY
// CHẾ …") goes on. It returns the body's words.
func (r *headerRules) titleAuthority(c, fc string) (string, bool) {
	if len(c) > 160 || strings.ContainsAny(c, "0123456789/") {
		return "", false
	}
	words := strings.Fields(c)
	if tt, ok := r.titleOf(fc); ok {
		n := len(strings.Fields(tt.fold))
		if n < len(words) {
			rest := strings.Join(words[n:], " ")
			if h, ok := r.headOf(vn.Fold(rest)); ok && !h.onlyParent {
				return rest, true
			}
		}
	}
	h, ok := r.headOf(fc)
	if !ok || h.onlyParent {
		return "", false
	}
	seg := hdrSeg{words: words}
	r.parseSeg(&seg)
	name := vn.Fold(strings.Join(words[:seg.placeAt], " "))
	if name == h.fold && (seg.place != "" || strings.Contains(h.fold, " ")) {
		return c, true // "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CHÍNH PHỦ"
	}
	for _, pf := range r.properFold {
		if strings.Join(pf, " ") == name {
			return c, true // "SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "BỘ CÔNG AN"
		}
	}
	return "", false
}

// hdrTitleGoesOn reports whether cell c continues a trích yếu: not the start
// of the body, and in the same case as the title so far or starting in
// lower case (a wrapped line).
func hdrTitleGoesOn(title []string, c string) bool {
	if hdrBodyStart(c) || len(c) > 250 {
		return false
	}
	last := title[len(title)-1]
	if strings.HasSuffix(last, ".") || strings.HasSuffix(last, ":") || strings.HasSuffix(last, ";") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c)
	if unicode.IsLower(r) || r == '(' || r == '“' || r == '"' {
		return true
	}
	if hdrIsUpper(last) != hdrIsUpper(c) {
		return false
	}
	// centred title lines are short; a body paragraph is long
	return len(c) < 140 && len(last) < 140
}

// hdrBodyTriggers open the body of a document, folded.
var hdrBodyTriggers = [...]string{"can cu", "thuc hien", "de ", "theo ", "trong ", "nham ", "qua ", "xet ", "tren co so", "trien khai", "sau khi", "hien nay", "thuc trang", "nay ", "chuong i", "phan i", "dieu 1"}

// hdrBodyStart reports whether line opens the body: a heading or a
// trigger phrase.
func hdrBodyStart(line string) bool {
	s := hdrStrip(line)
	if s == "" {
		return false
	}
	if _, _, lvl := parseHeading(s); lvl > 0 {
		return true
	}
	if s[0] == '-' || s[0] == '+' {
		// "- Căn cứ Điều lệ Đảng;": a Party document's preamble is a list
		s = strings.TrimLeft(s[1:], " ")
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false // a wrapped line, not the start of a sentence
	}
	head := s
	if len(head) > 40 {
		head = head[:40]
	}
	f := vn.Fold(head)
	for _, t := range hdrBodyTriggers {
		if strings.HasPrefix(f, t) {
			return true
		}
	}
	// "Ngày 15 tháng 8 năm 2025, …": a sentence dated at its start
	return strings.HasPrefix(f, "ngay ") && len(f) > 5 && f[5] >= '0' && f[5] <= '9'
}

// hdrPlaceDate reads the place and date line: "Ninh Thuận, ngày 02 tháng 6
// năm 2020", "Hà Nội, ngày   tháng 3 năm 2022".
func hdrPlaceDate(c string) (place, date string, ok bool) {
	i := hdrIndexNgay(c)
	if i < 0 {
		return "", "", false
	}
	d, n := parseDate(c[i:])
	if n == 0 && !hdrBlankDate(c[i:]) {
		// OCR garbles the day ("ngàyOẨ tháng 7 năm 2026", "ngày 2O tháng
		// 5"): the month and year after it still date the document
		k := strings.Index(c[i:min(len(c), i+20)], "tháng")
		if k < 0 {
			return "", "", false
		}
		if d, n = parseDate(c[i+k:]); n == 0 {
			// nothing left to date it ("ngày 3Ù tháng 4Ä năm 4034"): the
			// line still names the place
			if !strings.Contains(c[i+k:min(len(c), i+k+24)], "năm") {
				return "", "", false
			}
			d = ""
		}
	}
	place = strings.TrimSpace(c[:i])
	place = strings.TrimRight(place, ", ")
	place = hdrStrip(place)
	if place == "" {
		// "ngày 5 tháng 3 năm 2024" alone: accept only the written-out form
		if n == 0 || !strings.Contains(vn.Fold(c[i:i+n]), "thang") {
			return "", "", false
		}
		return "", d, true
	}
	if !strings.HasSuffix(strings.TrimRight(c[:i], " "), ",") {
		return "", "", false
	}
	words := strings.Fields(place)
	for k := len(words) - 1; k >= 0; k-- {
		if strings.Contains(words[k], "/") {
			// "Số: số /QĐ-XPVPHC Hà Nội, ngày …": a number the OCR garbled
			// stands before the place
			words = words[k+1:]
			place = strings.Join(words, " ")
			if place == "" {
				return "", "", false
			}
			break
		}
	}
	if len(words) > 6 {
		return "", "", false
	}
	f := vn.Fold(place)
	if strings.HasPrefix(f, "thu ") || strings.HasPrefix(f, "chu nhat") {
		return "", "", false // a web page's weekday
	}
	for _, r := range place {
		if unicode.IsDigit(r) && !strings.HasPrefix(f, "quan ") && !strings.HasPrefix(f, "phuong ") {
			return "", "", false
		}
	}
	for k := 0; k < len(words); k++ {
		// a place name is capitalized word by word, its unit type may not
		// be: "Hôm nay, ngày 10/6/2026" opens minutes, it names no place
		if n := hdrUnitTypeLen(words[k:]); n > 0 {
			k += n - 1
			continue
		}
		if !plCapital(words[k]) {
			if n == 0 {
				return "", "", false
			}
			return "", d, true // the date of the minutes stands
		}
	}
	return place, d, true
}

// hdrBlankDate reports whether s is a template's date left wholly blank:
// "ngày    tháng    năm 20...", "ngày … tháng … năm …".
func hdrBlankDate(s string) bool {
	p := dateScanner{s: s}
	if !p.word("ngày") {
		return false
	}
	p.space()
	if !p.word("tháng") {
		return false
	}
	p.space()
	return p.word("năm")
}

// hdrIndexNgay returns the offset of the word "ngày" in c, any case, or -1.
func hdrIndexNgay(c string) int {
	for _, w := range [...]string{"ngày", "Ngày", "NGÀY"} {
		if i := strings.Index(c, w); i >= 0 {
			return i
		}
	}
	return -1
}

// docTypeWord recognizes a title word cell ("KẾ HOẠCH", "QUYẾT ĐỊNH …") and
// returns the type's name and what follows it on the cell.
func (r *headerRules) docTypeWord(c, fc string) (name, rest string, ok bool) {
	best := -1
	for i, f := range r.docTypeFold {
		if hdrFoldHasPrefix(fc, f) && (best < 0 || len(f) > len(r.docTypeFold[best])) {
			best = i
		}
	}
	if best < 0 {
		return "", "", false
	}
	nw := len(strings.Fields(r.docTypeFold[best]))
	words := strings.Fields(c)
	if len(words) < nw || !hdrIsUpper(strings.Join(words[:nw], " ")) {
		return "", "", false // the title word is written in capitals
	}
	rest = strings.Join(words[nw:], " ")
	if rest != "" && utf8.RuneCountInString(rest) < 6 {
		return "", "", false // "KẾ HOẠCH SỐ 5": not a title line
	}
	return r.docTypeName[best], rest, true
}

// hdrStamp reports the marks stamped beside a header that are no part of
// it: "DỰ THẢO", "DỰ THẢO 2", "MẬT", "KHẨN", "HỎA TỐC", "THƯỢNG KHẨN".
func hdrStamp(fc string) bool {
	switch strings.TrimRight(fc, " 0123456789.") {
	case "du thao", "mat", "toi mat", "tuyet mat", "khan", "hoa toc", "thuong khan", "ban chinh thuc":
		return true
	}
	return false
}

// stripTypeBeforeSo drops a document type written before "số": "Luật số:
// 42/2024/QH15" → "số: 42/2024/QH15".
//
// The colon is required: "Nghị định số 71/2019/NĐ-CP ngày …" opening a
// wrapped line of the body cites a document, it does not number this one.
func (r *headerRules) stripTypeBeforeSo(c, fc string) string {
	for _, f := range r.docTypeFold {
		if hdrFoldHasPrefix(fc, f) && (strings.HasPrefix(fc[len(f):], " so:") || strings.HasPrefix(fc[len(f):], " so :")) {
			nw := len(strings.Fields(f))
			return strings.Join(strings.Fields(c)[nw:], " ")
		}
	}
	return c
}
