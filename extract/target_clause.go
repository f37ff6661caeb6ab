package extract

import (
	"strings"

	"github.com/vanban/vanban/extract/vn"
)

// clause reads the targets of the clause toks[cs:ce] of line. prevColon is
// the start of the clause before a colon that opened this one, or -1.
func (s *tgtScan) clause(line string, cs, ce, prevColon int) {
	toks := s.toks
	kind, year := s.context()
	cf := tgtFoldedWords(toks, cs, ce)
	goal, bare := tgtClauseYear(toks, cs, ce, false)
	if kind != tgtCtxTarget && !s.lineGoal && goal == 0 && !tgtHasCue(cf, s.r.cueGoal) {
		return
	}
	if s.lineYear > 0 {
		year = s.lineYear
	}
	// "Kết quả: đạt 72%", "kết quả thực hiện đạt 72%": a result beside its goal
	if s.r.opensReview(cf) || prevColon >= 0 && s.r.opensReview(tgtFoldedWords(toks, prevColon, cs)) {
		return
	}
	ctxYear, result := year, false
	switch {
	case goal > 0:
		year = goal
		s.sentYear = goal
	case bare > 0:
		if s.isResultYear(bare, ctxYear) {
			result = true // "năm 2020 đạt 85%": a result, not a goal
		} else {
			year = bare
		}
	case s.sentYear > 0:
		year = s.sentYear // "Phấn đấu đến năm 2025 có 90% …; 95% …"
	}
	cands := s.cands[:0]
	for k := cs; k < ce; k++ {
		if toks[k].Kind != tgtNum {
			continue
		}
		if c, ok := s.r.tgtReadNum(line, toks, k, ce, kind == tgtCtxTarget); ok {
			cands = append(cands, c)
			k = c.end - 1
		}
	}
	s.cands = cands
	if len(cands) == 0 {
		return
	}
	cur, curResult := year, result
	for i := range cands {
		lo := cs
		if i > 0 {
			lo = cands[i-1].end
		}
		cands[i].leadStart, cands[i].led = s.r.tgtLeadRun(toks, lo, cands[i].tok)
		// "năm 2024 đạt 68%, năm 2025 đạt 70%": a year before a number is
		// its own, and holds for the numbers after it
		if g, b := tgtClauseYear(toks, lo, cands[i].tok, false); g > 0 {
			cur, curResult = g, false
		} else if b > 0 && i > 0 {
			cur, curResult = b, s.isResultYear(b, ctxYear)
		}
		cands[i].year = cur
		// "năm 2020 đã đạt 85%", "hiện đạt 60%": a result, not a goal
		cands[i].base = curResult || tgtHasCue(tgtFoldedWords(toks, lo, cands[i].tok), s.r.cueAchieved)
	}
	for i := 0; i+1 < len(cands); i++ {
		// "từ 60% lên 70%", "từ 5% xuống còn 3%": the first is the baseline
		e, n := cands[i].end, cands[i+1].tok
		if n-e >= 1 && n-e <= 2 && (tgtIsWord(toks, e, "len") || tgtIsWord(toks, e, "xuong")) {
			cands[i].base = true
			cands[i+1].leadStart, cands[i+1].led = cands[i].leadStart, cands[i].led
		}
	}
	outStart := len(s.out)
	section := s.sectionNum()
	sentence := s.sentence(line, cs, ce)
	prevEnd, prevOp := cs, ""
	for i, c := range cands {
		if c.base {
			continue
		}
		a, b := prevEnd, c.leadStart
		// "Huy động 35% trẻ em …": a short verb phrase, the number, then
		// what it counts; the indicator is the verb with its object.
		verb := !c.led && c.leadStart == c.tok && c.end < ce && toks[c.end].Kind == tgtWord &&
			!s.r.conj.has(toks[c.end]) && tgtWordCount(toks, prevEnd, c.tok) <= 4
		pre := ""
		if verb {
			pre = s.r.span(line, toks, tgtSkipYearLead(toks, prevEnd, c.tok), c.tok)
		}
		if c.led || verb {
			a, b = c.end, ce
			if i+1 < len(cands) {
				n := cands[i+1]
				b = n.leadStart
				if !n.led {
					if lc := tgtLastComma(toks, a, b); lc >= 0 {
						b = lc
					}
				}
			}
			prevEnd = b
		} else {
			prevEnd = c.end
		}
		if !c.led && !verb && s.r.opensReview(tgtFoldedWords(toks, a, b)) {
			continue // "…, kết quả đạt 65%"
		}
		ind := s.r.span(line, toks, tgtSkipYearLead(toks, a, b), b)
		// "Các xã phấn đấu hằng năm tăng 5% số gia đình học tập": the words
		// before name the actor, the lexicon knows the object after.
		if !c.led && !verb && !c.count && s.r.key(ind, "") == "" {
			ae, be := c.end, ce
			if i+1 < len(cands) {
				be = cands[i+1].leadStart
				if lc := tgtLastComma(toks, ae, be); lc >= 0 {
					be = lc
				}
			}
			if after := s.r.span(line, toks, ae, be); after != "" && s.r.key(after, "") != "" {
				ind, prevEnd = after, be
			}
		}
		if pre != "" && ind != "" {
			ind = tgtCap(pre+" "+ind, tgtMaxIndicator)
		}
		if c.count {
			ind = s.countIndicator(line, cands, i, cs, ce, prevEnd)
			// "… cho khoảng 25.000 lao động, bình quân mỗi năm 5.000 lao
			// động": a count with no words of its own repeats the one before
			if i > 0 && cands[i-1].count && strings.EqualFold(ind, c.unit) && len(s.out) > 0 {
				ind = s.out[len(s.out)-1].Indicator
			}
		}
		unit := c.unit
		if !strings.Contains(unit, "/") && s.r.perYearIn(toks, c.leadStart, c.tok) {
			unit += "/năm" // "mỗi năm 5.000 lao động", "giảm mỗi năm 1,5%"
		}
		if ind == "" && prevColon >= 0 {
			ind = s.r.span(line, toks, prevColon, cs-1)
		}
		// "giảm 0,5%, còn dưới 1,6%", "năm 2020 đạt 65%, năm 2025 đạt 75%":
		// a number with no words of its own restates the clause's indicator
		if ind == "" && c.led && len(s.out) > outStart {
			ind = s.out[len(s.out)-1].Indicator
		} else if ind == "" && c.led && i > 0 && !cands[0].led {
			ind = s.r.span(line, toks, tgtSkipYearLead(toks, cs, cands[0].leadStart), cands[0].leadStart)
		}
		if ind == "" {
			continue
		}
		var yp *int
		if c.year > 0 {
			y := c.year
			yp = &y
		}
		// the rest of the sentence, for a predicate shared by a list whose
		// items are separated by commas or semicolons
		tail := ""
		if end := min(max(ce, s.sentB), b+tgtMaxTail); b > 0 && b < end {
			tail = line[toks[b-1].E:toks[end-1].E]
		}
		op := c.op
		if op == "" {
			op = s.r.op(toks, c.leadStart, c.tok)
		}
		// "ít nhất 75% gia đình, 60% dòng họ": the bound governs the list
		if op == OpEQ && c.led && c.leadStart == c.tok && i > 0 && cands[i-1].led && tgtIsPunct(toks, c.tok-1, ",") {
			if p := prevOp; p == OpGE || p == OpLE || p == OpApprox {
				op = p
			}
		}
		prevOp = op
		// "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm": the verb opening the indicator
		if op == OpEQ && unit == "%/năm" {
			if o := s.r.opAt(toks, tgtFirstWord(toks, a, b)); o == OpDecrease || o == OpIncrease {
				op = o
			}
		}
		s.out = append(s.out, Target{
			Indicator: ind,
			Key:       s.r.key(ind, tail),
			Value:     c.value,
			ValueMax:  c.valueMax,
			Unit:      unit,
			Op:        op,
			Year:      yp,
			Section:   section,
			Text:      sentence,
		})
	}
}

// isResultYear reports whether a bare year stated for a figure ("năm 2020
// đạt 85%") is before the goal year in force or the plan's period: the
// figure is a result, not a goal.
func (s *tgtScan) isResultYear(bare, ctxYear int) bool {
	return ctxYear > 0 && bare < ctxYear || s.p.From != nil && bare < *s.p.From
}

// tgtLeadRun walks back from the number at k over lead words, not past lo.
// It returns where the run starts and whether it reaches a phrase boundary
// (clause start, comma, bullet, conjunction), i.e. whether the number opens
// its phrase.
func (r *targetRules) tgtLeadRun(toks []tgtTok, lo, k int) (start int, led bool) {
	j := k
	for j > lo {
		t := toks[j-1]
		if r.conj.has(t) && !(t.F == tgtDo && !tgtIsWord(toks, j-2, "trong")) {
			if t.F == tgtDo {
				j--
			}
			return j - 1, true
		}
		if tgtYear(t) > 0 {
			j--
			continue
		}
		if n := r.leadAt(toks, lo, j); n > 0 {
			if tgtIsWord(toks, j-n-1, "tro") && (tgtIsWord(toks, j-n, "len") || tgtIsWord(toks, j-n, "xuong")) {
				return j - n + 1, false // "sinh con thứ 3 trở lên bình quân 0,2%": "lên" closes "trở lên"
			}
			j -= n
			continue
		}
		if t.Kind == tgtPunct && strings.Contains(",-+•–(*:", t.F) {
			return j, true
		}
		return j, false
	}
	return j, true
}

// leadAt returns the length in tokens of the longest lead phrase ending just
// before token j and starting at or after lo, or 0.
func (r *targetRules) leadAt(toks []tgtTok, lo, j int) int {
	for _, p := range r.lead {
		if n := len(p); j-n >= lo && p.at(toks, j-n) {
			return n
		}
	}
	return 0
}

// countIndicator names what a count target counts: the words before the
// number, its unit noun and the words after it up to the next target, "Xây
// dựng 50 mô hình “Cộng đồng học tập”" → "Xây dựng mô hình “Cộng đồng học
// tập”".
func (s *tgtScan) countIndicator(line string, cands []tgtCand, i, cs, ce, prevEnd int) string {
	toks, c := s.toks, cands[i]
	a := cs
	if i > 0 {
		a = cands[i-1].end
	}
	b := ce
	if i+1 < len(cands) {
		b = cands[i+1].leadStart
		if lc := tgtLastComma(toks, c.end, b); lc >= 0 {
			b = lc
		}
	}
	a = tgtSkipYearLead(toks, a, c.leadStart)
	pre := s.r.span(line, toks, a, c.leadStart)
	post := s.r.span(line, toks, c.end, b)
	unit := c.unit
	if noun, _, _ := strings.Cut(unit, "/"); tgtHasCue(" "+vn.Fold(pre)+" ", []string{vn.Fold(noun)}) {
		unit = "" // "Số bác sĩ trên 10.000 dân đạt 12 bác sĩ": the noun is named already
	}
	return tgtCap(strings.Join(strings.Fields(pre+" "+unit+" "+post), " "), tgtMaxIndicator)
}

// opensReview reports whether the folded words f (padded) open with a
// review cue.
func (r *targetRules) opensReview(f string) bool {
	f = strings.TrimLeft(f, " ")
	if len(f) > 24 {
		f = f[:24]
	}
	for _, c := range r.cueReview {
		if strings.HasPrefix(f, c) {
			return true
		}
	}
	return false
}

// tgtWordCount counts the word tokens of toks[a:b].
func tgtWordCount(toks []tgtTok, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if toks[k].Kind == tgtWord {
			n++
		}
	}
	return n
}

// op reads the op from the lead words toks[a:b]: the first op row, in file
// order, found anywhere among them.
func (r *targetRules) op(toks []tgtTok, a, b int) string {
	for _, o := range r.ops {
		for k := a; k+len(o.words) <= b; k++ {
			if o.words.at(toks, k) {
				return o.op
			}
		}
	}
	return OpEQ
}

// tgtFirstWord returns the index of the first word token of toks[a:b], or b.
func tgtFirstWord(toks []tgtTok, a, b int) int {
	for k := a; k < b; k++ {
		if toks[k].Kind == tgtWord {
			return k
		}
	}
	return b
}

// tgtFoldedWords joins the folded words of toks[a:b] with single spaces,
// padded with a space at both ends.
func tgtFoldedWords(toks []tgtTok, a, b int) string {
	n := 1
	for k := a; k < b; k++ {
		if toks[k].Kind == tgtWord {
			n += len(toks[k].F) + 1
		}
	}
	var sb strings.Builder
	sb.Grow(n) // one allocation
	sb.WriteByte(' ')
	for k := a; k < b; k++ {
		if toks[k].Kind == tgtWord {
			sb.WriteString(toks[k].F)
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// tgtLastComma returns the index of the last comma token in toks[a:b], or -1.
func tgtLastComma(toks []tgtTok, a, b int) int {
	for k := b - 1; k >= a; k-- {
		if tgtIsPunct(toks, k, ",") {
			return k
		}
	}
	return -1
}

// span returns line's text for toks[a:b] trimmed of bullets, separators
// and leading conjunctions, capped at tgtMaxIndicator bytes.
func (r *targetRules) span(line string, toks []tgtTok, a, b int) string {
	for a < b {
		t := toks[a]
		if t.Kind == tgtPunct && !strings.Contains("“\"(«'", t.F) {
			a++
			continue
		}
		if r.conj.has(t) && t.F != tgtDo {
			a++
			continue
		}
		if tgtIsWord(toks, a, "trong") && tgtIsWord(toks, a+1, tgtDo) {
			a += 2
			continue
		}
		break
	}
	for b > a && toks[b-1].Kind == tgtPunct && !strings.Contains("”\")»'", toks[b-1].F) {
		b--
	}
	if a < b && tgtIsPunct(toks, a, "(") && !tgtHasPunct(toks, a, b, ")") {
		return r.span(line, toks, a+1, b) // "(trong đó có bằng cấp …" cut from its parenthesis
	}
	if a < b && tgtIsPunct(toks, b-1, ")") && !tgtHasPunct(toks, a, b, "(") {
		b--
	}
	if a >= b {
		return ""
	}
	return tgtCap(line[toks[a].S:toks[b-1].E], tgtMaxIndicator)
}

// sentence returns the sentence of line around the clause toks[cs:ce],
// without its bullet, capped at tgtMaxText bytes. Sentence bounds are
// cached per line so that a long sentence of many clauses is scanned once.
func (s *tgtScan) sentence(line string, cs, ce int) string {
	toks := s.toks
	if cs < s.sentA || cs >= s.sentB {
		a, b := cs, ce
		for a > 0 && a > s.sentB-1 && !tgtSentenceEnd(toks[a-1]) {
			a--
		}
		if a < s.sentB {
			a = s.sentB
		}
		for b < len(toks) && !tgtSentenceEnd(toks[b]) {
			b++
		}
		if b < len(toks) {
			b++
		}
		s.sentA, s.sentB = a, b
	}
	a, b := s.sentA, s.sentB
	if a >= b {
		return ""
	}
	_, rest := secItem(line[toks[a].S:toks[b-1].E])
	return tgtCap(strings.TrimSpace(rest), tgtMaxText)
}

// tgtCap cuts s to at most n bytes at a word boundary.
func tgtCap(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// sectionNum names the section of the current line: "2.1", or for a
// lettered or single-number item its parent's number first ("2.a", "II.1").
func (s *tgtScan) sectionNum() string {
	if s.sec < 0 {
		return ""
	}
	sec := s.t.secs[s.sec]
	if (sec.Level == levelLetter || !strings.Contains(sec.Num, ".")) && sec.Level != levelRoman && sec.Parent >= 0 {
		return s.t.secs[sec.Parent].Num + "." + sec.Num
	}
	return sec.Num
}

// tgtHasPunct reports whether toks[a:b] holds the punctuation p.
func tgtHasPunct(toks []tgtTok, a, b int, p string) bool {
	for k := a; k < b; k++ {
		if tgtIsPunct(toks, k, p) {
			return true
		}
	}
	return false
}

// tgtSkipYearLead returns where the words of toks[a:b] start after a goal
// time that opens them ("Phấn đấu đến năm 2030, tỷ lệ …", "Năm 2026, tỷ
// lệ …", "Đến hết năm 2025 tỷ lệ …", "Giai đoạn 2021 - 2025, …"): the
// clause's year, not part of its indicator. It returns a when none does or
// nothing would be left.
func tgtSkipYearLead(toks []tgtTok, a, b int) int {
	k := a
	for k < b && toks[k].Kind == tgtPunct && !strings.Contains("“\"(«'", toks[k].F) {
		k++
	}
	if tgtIsWord(toks, k, "so") && tgtIsWord(toks, k+1, "voi") {
		// "Tăng 10% so với năm 2020 số người …": the baseline's year
		k += 2
		switch {
		case tgtIsWord(toks, k, "cung") && tgtIsWord(toks, k+1, "ky"):
			k += 2
		case tgtIsWord(toks, k, "nam") && k+1 < b && tgtYear(toks[k+1]) > 0:
			k += 2
		default:
			return a
		}
		if tgtIsPunct(toks, k, ",") {
			k++
		}
		if k >= b || tgtWordCount(toks, k, b) == 0 {
			return a
		}
		return k
	}
	if tgtIsWord(toks, k, "phan") && tgtIsWord(toks, k+1, "dau") {
		k += 2
	}
	for k < b && toks[k].Kind == tgtWord {
		switch toks[k].F {
		case "den", "vao", "trong", "het", "cuoi", "truoc", "toi", "tu":
			k++
			continue
		}
		break
	}
	switch {
	case tgtIsWord(toks, k, "nam"):
		k++
	case tgtIsWord(toks, k, "giai") && tgtIsWord(toks, k+1, "doan"):
		k += 2
	default:
		return a
	}
	if k >= b || tgtYear(toks[k]) == 0 {
		return a
	}
	k++
	if k+1 < b && (tgtIsPunct(toks, k, "-") || tgtIsPunct(toks, k, "–")) && tgtYear(toks[k+1]) > 0 {
		k += 2
	}
	if tgtIsPunct(toks, k, ",") {
		k++
	}
	if k >= b || tgtWordCount(toks, k, b) == 0 {
		return a
	}
	return k
}
