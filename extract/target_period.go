package extract

import (
	"strings"

	"github.com/vanban/vanban/extract/vn"
)

// tgtPeriod reads the span of years a plan covers from its title: "giai
// đoạn 2021-2030", "2023 - 2030", "từ năm 2021 đến năm 2025"; a title naming
// one year ("Kế hoạch … năm 2024") covers that year. Dates ("ngày 30 tháng 7
// năm 2021") are not periods. Unknown gives nulls.
func tgtPeriod(title string) Period {
	toks := tgtTokenize(title, nil)
	single := 0
	for k := 0; k < len(toks); k++ {
		y := tgtYear(toks[k])
		if y == 0 {
			continue
		}
		if k > 0 && toks[k-1].Kind == tgtPunct && toks[k-1].F == "/" {
			continue // 25/5/2021
		}
		// 2021-2030, 2021 – 2030, 2021 đến 2030, 2021 đến năm 2030
		j := k + 1
		if j < len(toks) && (tgtIsPunct(toks, j, "-") || tgtIsPunct(toks, j, "–") || tgtIsPunct(toks, j, "—") || tgtIsWord(toks, j, "den")) {
			j++
			if tgtIsWord(toks, j, "nam") {
				j++
			}
			if j < len(toks) {
				if y2 := tgtYear(toks[j]); y2 > y && y2-y <= 30 {
					return Period{From: &y, To: &y2}
				}
			}
		}
		if single == 0 && tgtIsWord(toks, k-1, "nam") && !tgtIsWord(toks, k-3, "thang") && !(k >= 2 && toks[k-2].Kind == tgtNum) {
			single = y
		}
	}
	if single > 0 {
		y1, y2 := single, single
		return Period{From: &y1, To: &y2}
	}
	return Period{}
}

// tgtPeriodLead looks for the period in the opening of the body when the
// title has none: the sentence that issues the plan, "Ủy ban nhân dân tỉnh
// ban hành Kế hoạch thực hiện chương trình … giai đoạn 2022 - 2030 …". Only
// the text before the first heading is read, and only after the words that
// issue the plan, so that the periods of cited documents do not count.
func tgtPeriodLead(t *text) Period {
	end := len(t.s)
	if len(t.secs) > 0 {
		end = t.secs[0].Start
	}
	if end > 8000 {
		end = 8000
	}
	for end > 0 && end < len(t.s) && t.s[end]&0xC0 == 0x80 {
		end--
	}
	head := t.s[:end]
	f := vn.Fold(head)
	for _, cue := range tgtPlanIssueCues {
		i := strings.LastIndex(f, cue)
		if i < 0 {
			continue
		}
		rest := f[i+len(cue):]
		if j := strings.IndexAny(rest, ".:\n"); j >= 0 {
			rest = rest[:j]
		}
		if p := tgtPeriod(rest); p.From != nil && *p.From != *p.To {
			return p
		}
	}
	return Period{}
}

// tgtPlanIssueCues are the folded words with which a plan issues itself.
var tgtPlanIssueCues = [...]string{"ban hanh ke hoach", "xay dung ke hoach", "ke hoach nay"}
