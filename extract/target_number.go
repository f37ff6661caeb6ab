package extract

import (
	"strconv"
	"strings"
)

// tgtCand is one candidate number of a clause with what follows it.
type tgtCand struct {
	tok      int      // index of the number token
	end      int      // token index just past the number, its unit and "trở lên"
	value    float64  // parsed value
	valueMax *float64 // upper bound of a range
	unit     string   // "%", "%/năm" or a count noun as written
	op       string   // op decided by the number itself (range, trở lên) or ""
	count    bool     // unit is a count noun, not a percentage
	// filled by the clause pass
	leadStart int  // first token of the run of lead words before the number
	led       bool // the number opens its phrase: "70% gia đình …"
	base      bool // a baseline or achieved figure, not a target
	year      int  // goal year, 0 when none
}

// tgtParseValue reads a Vietnamese number: "0,3" = 0.3, "1.000" = 1000,
// "1.250,5" = 1250.5; a lone dot followed by other than three digits is a
// decimal point ("2.5"). ok is false for section-like "2.1.3".
func tgtParseValue(s string) (float64, bool) {
	if s == "" || len(s) > 24 || strings.Trim(s, "0123456789.,") != "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots > 0 && commas > 0:
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
		if commas > 1 {
			return 0, false
		}
	case commas == 1:
		s = strings.Replace(s, ",", ".", 1)
	case commas > 1:
		if !tgtThousandGroups(s, ',') {
			return 0, false
		}
		s = strings.ReplaceAll(s, ",", "")
	case dots >= 1:
		if tgtThousandGroups(s, '.') {
			s = strings.ReplaceAll(s, ".", "")
		} else if dots > 1 {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// tgtThousandGroups reports whether every group after sep has three digits
// and the first group at most three: "1.000", "12.500.000".
func tgtThousandGroups(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// tgtReadNum decides whether token k of toks (inside a clause ending at ce)
// is a target value and reads its value, unit and range. counts says
// whether count nouns may serve as units here.
func (r *targetRules) tgtReadNum(line string, toks []tgtTok, k, ce int, counts bool) (tgtCand, bool) {
	n := tgtCand{tok: k}
	t := toks[k]
	if k > 0 && toks[k-1].Kind == tgtPunct && (toks[k-1].F == "/" || toks[k-1].F == "." && toks[k-1].E == t.S || toks[k-1].F == "-" && k > 1 && toks[k-2].Kind == tgtNum) {
		return n, false // 30/7/2021, 49-KL, the 2030 of 2021-2030 (but "5. 100% trẻ …": a label's dot)
	}
	if r.label.hasAt(toks, k-1) && !tgtIsPunct(toks, k+1, "%") && !tgtIsPunct(toks, k+1, "‰") {
		return n, false // "lớp 9", "mức 2" (but "ở mức 45%")
	}
	if tgtIsWord(toks, k-1, "do") && (tgtIsWord(toks, k-2, "muc") || tgtIsWord(toks, k-2, "cap")) {
		return n, false // mức độ 3, cấp độ 2 (but "trong đó 20%")
	}
	if k+1 < ce && toks[k+1].Kind == tgtPunct && (toks[k+1].F == "/" || toks[k+1].F == ")" && k == 0) {
		return n, false // 1373/QĐ-TTg, 30/7
	}
	v, ok := tgtParseValue(t.F)
	if !ok {
		return n, false
	}
	n.value = v
	j := k + 1
	// "70 - 80%", "từ 70 đến 80%": a bare first number whose unit follows the second.
	if j+1 < ce && (tgtIsPunct(toks, j, "-") || tgtIsPunct(toks, j, "–") || tgtIsWord(toks, j, "den")) && toks[j+1].Kind == tgtNum && (tgtIsPunct(toks, j+2, "%") || tgtIsPunct(toks, j+2, "‰")) {
		if hi, ok := tgtParseValue(toks[j+1].F); ok && hi > v {
			n.valueMax, n.op = &hi, OpRange
			j += 2
		}
	}
	switch {
	case j < ce && (tgtIsPunct(toks, j, "%") || tgtIsPunct(toks, j, "‰")):
		n.unit = toks[j].F
		j++
		if tgtIsPunct(toks, j, "/") && tgtIsWord(toks, j+1, "nam") {
			n.unit += "/năm"
			j += 2
		}
	case counts && tgtYear(t) == 0:
		unit, w := r.tgtCountUnit(line, toks, j, ce)
		if w == 0 || r.ageChain(toks, k, ce) {
			return n, false
		}
		n.unit, n.count = unit, true
		j += w
		// "2.500 lao động/năm", "65 triệu đồng/người/năm", "5 tấn/ha"
		for d := 0; d < 2 && j+1 < ce && tgtIsPunct(toks, j, "/") && toks[j+1].Kind == tgtWord; d++ {
			if unit == "lần" {
				return n, false // "3 lần/tháng": how often a task is done
			}
			n.unit += "/" + strings.ToLower(line[toks[j+1].S:toks[j+1].E])
			j += 2
		}
	default:
		return n, false
	}
	// "từ 70% đến 80%", "70% - 80%"
	if n.valueMax == nil && j+2 < ce+1 && (tgtIsWord(toks, j, "den") || tgtIsPunct(toks, j, "-") || tgtIsPunct(toks, j, "–")) && j+1 < ce && toks[j+1].Kind == tgtNum {
		if hi, ok := tgtParseValue(toks[j+1].F); ok && hi > v && (n.count || tgtIsPunct(toks, j+2, "%") || tgtIsPunct(toks, j+2, "‰")) {
			n.valueMax, n.op = &hi, OpRange
			j += 2
			if !n.count {
				j++
				if tgtIsPunct(toks, j, "/") && tgtIsWord(toks, j+1, "nam") {
					j += 2
				}
			}
		}
	}
	if n.op == "" && tgtIsWord(toks, j, "tro") && (tgtIsWord(toks, j+1, "len") || tgtIsWord(toks, j+1, "xuong")) {
		n.op = OpGE
		if toks[j+1].F == "xuong" {
			n.op = OpLE
		}
		j += 2
	}
	n.end = j
	return n, true
}

// ageChain reports whether the number at k starts a list of numbers that
// ends in an age, a session or a level noun: "3 và 4 tuổi", "từ 6 đến 14
// tuổi".
func (r *targetRules) ageChain(toks []tgtTok, k, ce int) bool {
	for j := k + 1; j < ce && j < k+8; j++ {
		t := toks[j]
		switch {
		case t.Kind == tgtNum, t.Kind == tgtPunct && (t.F == "," || t.F == "-" || t.F == "–"):
		case t.Kind == tgtWord && (t.F == "va" || t.F == "den" || t.F == "hoac"):
		case r.measure.has(t):
			return true
		default:
			return false
		}
	}
	return false
}

// tgtCountUnit matches a count noun at token j ("lao động", "mô hình") and
// returns it as written with the number of tokens it spans, or 0.
func (r *targetRules) tgtCountUnit(line string, toks []tgtTok, j, ce int) (string, int) {
	if j < ce && r.measure.has(toks[j]) {
		return "", 0
	}
	for _, c := range r.counts {
		if j+len(c) <= ce && c.at(toks, j) {
			return strings.ToLower(line[toks[j].S:toks[j+len(c)-1].E]), len(c)
		}
	}
	return "", 0
}
