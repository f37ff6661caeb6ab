package index

import (
	"sort"
	"strings"

	"github.com/vanban/vanban/extract"
)

// cascUnitRanks are the words naming an administrative unit in an issuer's
// name, by the depth of the tier they head (0 central, 1 province, 2
// district, 3 commune), matched lower-case with their tones, so "quận" is
// not "cơ quan" and "phường" is not "địa phương". Two-word types first.
var cascUnitRanks = []struct {
	words string
	rank  int
}{
	{"thị xã", 2}, {"thị trấn", 3}, {"thành phố", 1}, {"đặc khu", 3},
	{"tỉnh", 1}, {"huyện", 2}, {"quận", 2}, {"xã", 3}, {"phường", 3},
}

// cascCentral are the words of the central bodies' names (folded).
var cascCentral = []string{"thu tuong", "chinh phu", "quoc hoi", "trung uong", "bo chinh tri", "ban bi thu", "chu tich nuoc"}

// cascLevelRank is the tier of an issuer level ("trung-uong", "tinh",
// "huyen", "xa"), -1 when unknown.
func cascLevelRank(level string) int {
	switch level {
	case extract.LevelCentral:
		return 0
	case extract.LevelProvince:
		return 1
	case extract.LevelDistrict:
		return 2
	case extract.LevelCommune:
		return 3
	}
	return -1
}

// cascIssuerRank is the tier of an issuer named in a citation ("UBND tỉnh
// Thanh Hóa" 1, "UBND huyện Cẩm Thủy" 2, "Thủ tướng Chính phủ" 0), from
// the first unit word of its name; -1 when the name says nothing.
func cascIssuerRank(issuer string) int {
	words := strings.Fields(strings.ToLower(issuer))
	for i, w := range words {
		for _, u := range cascUnitRanks {
			uw := strings.Fields(u.words)
			if w != uw[0] || i+len(uw) > len(words) {
				continue
			}
			ok := true
			for k := 1; k < len(uw); k++ {
				ok = ok && words[i+k] == uw[k]
			}
			// "xã hội" is society, not a commune.
			if ok && u.words == "xã" && i+1 < len(words) && words[i+1] == "hội" {
				ok = false
			}
			if ok {
				return u.rank
			}
		}
	}
	f := " " + Key(issuer) + " "
	for _, c := range cascCentral {
		if strings.Contains(f, " "+c+" ") {
			return 0
		}
	}
	if strings.HasPrefix(f, " bo ") {
		return 0 // a ministry: Bộ Giáo dục và Đào tạo
	}
	return -1
}

// cascChain returns the documents d cites that stand between its parent
// p and d: dated after p and not after d, issued by a tier below p's and
// above d's, cited as a basis or for implementation (or referred to, as
// the parent is). One per tier (the
// earliest: the plan implementing p, not a later one on another matter),
// upper tiers first, dates not decreasing. For the Cẩm Thành commune plan
// under 1373/QĐ-TTg: 50/KH-UBND of the province, then 66/KH-UBND of the
// district.
func cascChain(p *cascNode, d *extract.Document) []extract.Citation {
	top := max(p.rank, 0)
	bottom := cascLevelRank(d.Issuer.Level)
	if bottom < 0 {
		bottom = 4
	}
	pk := Key(p.number)
	// A document only referred to ("theo Kế hoạch số …") stands between
	// when the parent is referred to the same way.
	weak := true
	if pc := cascCitation(d, p.number); pc != nil && pc.Relation != extract.RelReference {
		weak = false
	}
	best := map[int]extract.Citation{}
	for _, c := range d.Citations {
		if c.Date == "" || (c.Relation == extract.RelReference && !weak) || Key(c.ID) == pk {
			continue
		}
		if p.date != "" && c.Date <= p.date {
			continue
		}
		if dd := d.Issued.Date; dd != "" && c.Date > dd && !strings.HasPrefix(c.Date, dd) {
			continue
		}
		r := cascIssuerRank(c.Issuer)
		if r <= top || r >= bottom || cascNearer(p, d, c, top) {
			continue
		}
		if b, ok := best[r]; !ok || c.Date < b.Date {
			best[r] = c
		}
	}
	if len(best) == 0 {
		return nil
	}
	ranks := make([]int, 0, len(best))
	for r := range best {
		ranks = append(ranks, r)
	}
	sort.Ints(ranks)
	out := make([]extract.Citation, 0, len(ranks))
	last := ""
	for _, r := range ranks {
		if c := best[r]; c.Date >= last {
			out = append(out, c)
			last = c.Date
		}
	}
	return out
}

// cascNearer reports whether d cites another document of p's tier or
// above issued between p and c: then c implements that one rather than p
// (a plan of 2022 implements the decision of 2021, not the one of 2020
// that the same commune plan also cites).
func cascNearer(p *cascNode, d *extract.Document, c extract.Citation, top int) bool {
	pk := Key(p.number)
	for _, y := range d.Citations {
		if y.Date == "" || Key(y.ID) == pk || Key(y.ID) == Key(c.ID) {
			continue
		}
		if y.Date > p.date && y.Date < c.Date {
			if r := cascIssuerRank(y.Issuer); r >= 0 && r <= top {
				return true
			}
		}
	}
	return false
}

// cascPlace completes the issuer of a document known from a citation
// that names only its tier ("UBND tỉnh") with the province of the
// document citing it: a district cites its own province's plan.
func cascPlace(issuer, province string) string {
	if province == "" {
		return issuer
	}
	f := strings.Fields(strings.ToLower(issuer))
	if len(f) > 0 && f[len(f)-1] == "tỉnh" {
		return issuer + " " + province
	}
	return issuer
}
