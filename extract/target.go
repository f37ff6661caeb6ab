package extract

import (
	"sort"
	"strings"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// targetRules is the compiled form of the indicator lexicon and target words.
type targetRules struct {
	lex    []tgtPhrase // folded indicator phrasings, longest first
	counts [][]string  // folded count nouns, longest first
}

// tgtPhrase is one folded phrasing of an indicator key.
type tgtPhrase struct {
	f   string
	key string
}

// tgtCountNouns are the unit nouns that make a bare number a countable
// target ("đào tạo 1.000 lao động", "xây dựng 50 mô hình"). They are the
// grammar of counting in plans, not a domain list.
var tgtCountNouns = [...]string{
	"lao động", "người", "lượt người", "lượt", "học viên", "hội viên", "học sinh", "sinh viên",
	"giáo viên", "cán bộ", "mô hình", "câu lạc bộ", "gia đình", "hộ", "hộ gia đình", "lớp",
	"trung tâm", "thư viện", "tủ sách", "điểm", "trường", "cơ sở", "doanh nghiệp",
	"tỷ đồng", "triệu đồng", "nghìn người", "ngàn người", "xã", "thôn", "khu dân cư",
}

func newTargetRules(r *rules.Set) *targetRules {
	tr := &targetRules{}
	for _, ind := range r.Indicators {
		for _, p := range ind.Phrases {
			if f := strings.Join(strings.Fields(vn.Fold(p)), " "); f != "" {
				tr.lex = append(tr.lex, tgtPhrase{f: f, key: ind.Key})
			}
		}
	}
	sort.SliceStable(tr.lex, func(i, j int) bool { return len(tr.lex[i].f) > len(tr.lex[j].f) })
	for _, c := range tgtCountNouns {
		tr.counts = append(tr.counts, strings.Fields(vn.Fold(c)))
	}
	sort.SliceStable(tr.counts, func(i, j int) bool { return len(tr.counts[i]) > len(tr.counts[j]) })
	return tr
}

// key returns the lexicon key whose longest phrasing the indicator
// contains, or "".
func (r *targetRules) key(indicator string) string {
	f := strings.Join(strings.Fields(vn.Fold(indicator)), " ")
	for _, p := range r.lex {
		if strings.Contains(f, p.f) {
			return p.key
		}
	}
	return ""
}

// targets finds the plan period and its numeric targets.
func (e *Extractor) targets(t *text, d *Document) (Period, []Target) {
	p := tgtPeriod(d.Title)
	return p, e.tgt.find(t, p)
}
