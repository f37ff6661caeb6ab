package extract

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tgtPDFPlan is a district plan as pdftotext lays it out: a two-column
// header, sentences wrapped over lines, a review section with achieved
// figures before the targets, a task list with counts.
const tgtPDFPlan = `ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TRIỆU SƠN                    Độc lập - Tự do - Hạnh phúc
Số: 125/KH-UBND                 Triệu Sơn, ngày 15 tháng 3 năm 2023

                              KẾ HOẠCH
       Phát triển giáo dục nghề nghiệp giai đoạn 2023 - 2025

I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2019 - 2022
Năm 2022, tỷ lệ lao động qua đào tạo đạt 68,5%, trong đó có bằng cấp, chứng
chỉ đạt 27%; đào tạo nghề cho 1.150 người.
II. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng nguồn nhân lực của huyện.
2. Chỉ tiêu cụ thể
a) Năm 2023: tuyển sinh, đào tạo nghề cho 1.200 người; tỷ lệ lao động qua đào
tạo đạt 70%.
b) Đến năm 2025: tỷ lệ lao động qua đào tạo đạt trên 75%, trong đó có bằng
cấp, chứng chỉ đạt từ 30% trở lên; giải quyết việc làm cho 2.500 lao động/năm.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tổ chức 02 lớp bồi dưỡng cho 60 cán bộ làm công tác giáo dục nghề nghiệp.
2. Hỗ trợ 50% học phí cho học viên thuộc hộ nghèo.
`

func TestTargetsPDFLayout(t *testing.T) {
	x := tgtExtractor(t)
	d := x.Extract(Input{Text: tgtPDFPlan})
	if d.Period.From == nil || d.Period.To == nil {
		t.Fatalf("no period from title %q", d.Title)
	}
	if d.Period.From == nil || *d.Period.From != 2023 || *d.Period.To != 2025 {
		t.Errorf("period = %v-%v, want 2023-2025", d.Period.From, d.Period.To)
	}
	tgtCheck(t, d.Targets, []tgtWant{
		{1200, 0, "người", OpEQ, 2023, "đào tạo nghề cho người", "-"},
		{70, 0, "%", OpEQ, 2023, "tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
		{75, 0, "%", OpGE, 2025, "tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
		{30, 0, "%", OpGE, 2025, "có bằng cấp, chứng chỉ", "lao_dong_co_bang_cap"},
		{2500, 0, "lao động/năm", OpEQ, 2025, "giải quyết việc làm cho lao động", "-"},
	})
	for _, g := range d.Targets {
		if g.Section != "2.a" && g.Section != "2.b" {
			t.Errorf("target %v in section %q, want 2.a or 2.b", g.Value, g.Section)
		}
	}
}

// TestTargetsRealNonPlans runs the real decrees, circulars, laws, letters
// and notices of /work/shared/data/real-docs: none is a plan, none states a
// goal, so none may yield a target.
func TestTargetsRealNonPlans(t *testing.T) {
	dir := "../../shared/data/real-docs"
	files, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	if len(files) == 0 {
		t.Skip("no real documents in " + dir)
	}
	x := tgtExtractor(t)
	nonPlan := regexp.MustCompile(`^(ND|NQ|TT|Luat|CV|TB|QD|GP|BC)-`)
	n := 0
	for _, f := range files {
		if !nonPlan.MatchString(filepath.Base(f)) {
			continue
		}
		text, err := tgtDocxText(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		n++
		d := x.Extract(Input{Text: text})
		for _, g := range d.Targets {
			t.Errorf("%s: unexpected target %v %s %q in %q", filepath.Base(f), g.Value, g.Unit, g.Indicator, g.Text)
		}
	}
	if n == 0 {
		t.Fatal("no decrees, circulars or letters among the real documents")
	}
}

var tgtXMLTag = regexp.MustCompile(`<[^>]*>`)

// tgtDocxText is a crude docx reader for the test: paragraphs as lines.
func tgtDocxText(path string) (string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return "", err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return "", err
		}
		b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return "", err
		}
		s := strings.ReplaceAll(string(b), "</w:p>", "\n")
		s = tgtXMLTag.ReplaceAllString(s, "")
		return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"").Replace(s), nil
	}
	return "", os.ErrNotExist
}
