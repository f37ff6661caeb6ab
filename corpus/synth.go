package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/vanban/vanban/rules"
)

// SynthOptions configure Synthesize.
type SynthOptions struct {
	N    int    // documents
	Seed uint64 // same seed, same documents
	// Fragments are body paragraphs to recombine (real documents cut at
	// blank lines); empty means the built-in ones.
	Fragments []string
	// Places are province names; empty means the gazetteer's provinces.
	Places []string
}

// SynthDoc is one synthetic document and the fields it was built with.
type SynthDoc struct {
	Text     string
	DocType  string
	Number   string
	Province string
	Date     string // ISO
	Title    string
	Key      string  // indicator phrase of its one stated target
	Value    float64 // that target's value, in %
	Year     int     // that target's year
}

// synthFragments are paragraphs from real plans (seeds), recombined.
var synthFragments = []string{
	"Thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.",
	"Xây dựng và triển khai thực hiện có hiệu quả Đề án từ cấp xã, cơ quan, đơn vị và cộng đồng dân cư phù hợp với điều kiện của từng địa phương.",
	"Tạo cơ hội cho mọi người dân được học tập suốt đời, nâng cao chất lượng nguồn nhân lực, đáp ứng yêu cầu phát triển kinh tế - xã hội.",
	"UBND các huyện, thị xã, thành phố chủ động xây dựng kế hoạch, bố trí kinh phí thực hiện.",
	"Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành tham mưu Ủy ban nhân dân tỉnh tổ chức thực hiện.",
	"Sở GD&ĐT hướng dẫn các trung tâm học tập cộng đồng đổi mới nội dung, phương thức hoạt động.",
	"Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền đối với công tác khuyến học, khuyến tài.",
	"Đẩy mạnh công tác tuyên truyền nâng cao nhận thức về vai trò, ý nghĩa của học tập suốt đời.",
	"Hội Khuyến học tỉnh phối hợp tổ chức đánh giá, công nhận danh hiệu Gia đình học tập, Dòng họ học tập, Cộng đồng học tập.",
	"Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác.",
	"Giảm tỷ lệ hộ nghèo, hỗ trợ người khuyết tật và đồng bào dân tộc thiểu số tiếp cận giáo dục.",
	"Phát triển hòa bình, hợp tác, bảo vệ môi trường và ứng phó với biến đổi khí hậu.",
}

// synthTargets are indicator phrases stated as goals.
var synthTargets = []string{
	"gia đình đạt danh hiệu Gia đình học tập",
	"dòng họ đạt danh hiệu Dòng họ học tập",
	"thôn, tổ dân phố đạt danh hiệu Cộng đồng học tập",
	"người lao động trong các doanh nghiệp được bồi dưỡng kỹ năng nghề",
	"xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3",
}

var synthTypes = []struct{ name, caps, sym string }{
	{"Kế hoạch", "KẾ HOẠCH", "KH-UBND"},
	{"Quyết định", "QUYẾT ĐỊNH", "QĐ-UBND"},
	{"Công văn", "", "UBND-VX"},
	{"Chỉ thị", "CHỈ THỊ", "CT-UBND"},
}

// Synthesize builds opt.N documents in the layout of provincial plans,
// with places from the gazetteer and fragments of real documents, and
// returns them with the fields they were built with, for scale tests.
func Synthesize(opt SynthOptions) []SynthDoc {
	frags := opt.Fragments
	if len(frags) == 0 {
		frags = synthFragments
	}
	places := opt.Places
	if len(places) == 0 {
		if rs, err := rules.Builtin(); err == nil && rs.Gazetteer != nil {
			for _, u := range rs.Gazetteer.Provinces() {
				places = append(places, u.Name)
			}
		}
	}
	if len(places) == 0 {
		places = []string{"Ninh Thuận", "Hà Giang", "Thanh Hóa"}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	out := make([]SynthDoc, 0, opt.N)
	for i := 0; i < opt.N; i++ {
		t := synthTypes[rng.IntN(len(synthTypes))]
		p := places[rng.IntN(len(places))]
		y := 2018 + rng.IntN(9)
		m, d := 1+rng.IntN(12), 1+rng.IntN(28)
		d0 := SynthDoc{
			DocType: t.name, Province: p, Date: fmt.Sprintf("%04d-%02d-%02d", y, m, d),
			Number: fmt.Sprintf("%d/%s", 1+rng.IntN(4000), t.sym),
			Key:    synthTargets[rng.IntN(len(synthTargets))],
			Value:  float64(30 + rng.IntN(70)), Year: y + 2 + rng.IntN(8),
		}
		d0.Title = fmt.Sprintf("Thực hiện Đề án xây dựng xã hội học tập trên địa bàn tỉnh %s giai đoạn %d-%d", p, y, d0.Year)
		var b strings.Builder
		fmt.Fprintf(&b, "ỦY BAN NHÂN DÂN\nTỈNH %s\n\nSố: %s\n\n%s, ngày %02d tháng %02d năm %d\n\n", strings.ToUpper(p), d0.Number, p, d, m, y)
		if t.caps != "" {
			fmt.Fprintf(&b, "%s\n\n%s\n\n", t.caps, d0.Title)
		} else {
			fmt.Fprintf(&b, "V/v %s\n\n", d0.Title)
		}
		for k, n := 0, 4+rng.IntN(10); k < n; k++ {
			b.WriteString(frags[rng.IntN(len(frags))])
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "Phấn đấu đến năm %d có %.0f%% %s.\n\n", d0.Year, d0.Value, d0.Key)
		b.WriteString("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n")
		d0.Text = b.String()
		out = append(out, d0)
	}
	return out
}
