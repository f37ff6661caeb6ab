package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// testExtractor builds an Extractor on the built-in rules.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return New(rs)
}

// hdrWant is what a header fixture must yield. Empty strings are checked
// too (a field that must stay empty), except Title, which is a prefix.
type hdrWant struct {
	docType, number, date, place string
	titlePrefix                  string
	issuerName                   string
	level, province, prov2025    string
	district, commune            string
	signer, sigTitle, authority  string
	recipient                    string // one recipient that must be listed
}

// TestHeaderFixtures runs the header finders on real documents (docx of Lào
// Cai departments and the Government, 2025–2026, converted to text with
// their table cells as lines) and on hand-written layouts: pdftotext with
// two columns, the motto column first, a Party resolution, a ward of 2026.
// The expected values were checked by reading each document.
func TestHeaderFixtures(t *testing.T) {
	x := testExtractor(t)
	tests := map[string]hdrWant{
		"02-to-trinh.txt": {docType: "Tờ trình", number: "/TTr-SCT", date: "2026", place: "Lào Cai",
			titlePrefix: "Về việc ban hành Quy chế quản lý cụm công nghiệp", issuerName: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Hoàng Chí Hiền", sigTitle: "Giám đốc",
			recipient: "Ủy ban nhân dân tỉnh Lào Cai"},
		"05-quyet-dinh.txt": {docType: "Quyết định", number: "/QĐ-SCT", date: "2026-03", place: "Lào Cai",
			titlePrefix: "Về việc thành lập Đoàn thẩm định", issuerName: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Nguyễn Đình Chiến", sigTitle: "Phó Giám đốc", authority: "KT. Giám đốc"},
		"BC-UBND-QLNN-khoang-san-nam-2025.txt": {docType: "Báo cáo", number: "/BC-UBND", date: "2026", place: "Lào Cai",
			titlePrefix: "Công tác quản lý nhà nước về địa chất", issuerName: "Ủy ban nhân dân tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Nguyễn Thành Sinh", sigTitle: "Phó Chủ tịch", authority: "KT. Chủ tịch",
			recipient: "Bộ Công Thương"},
		"CV-3155_2.6.2026_Tu-choi-nguoi-quan-ly-sai-nganh_Van-Thinh.txt": {docType: "Công văn", number: "/SCT-CN", date: "2026-06", place: "Lào Cai",
			titlePrefix: "V/v giải quyết đề nghị huấn luyện", issuerName: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Hoàng Văn Thuân", sigTitle: "Phó Giám đốc", authority: "KT. Giám đốc",
			recipient: "Hợp tác xã Văn Thịnh"},
		"CV-UBND-bao-ve-khoang-san-chua-khai-thac.txt": {docType: "Công văn", number: "/UBND-KT", date: "2026", place: "Lào Cai",
			titlePrefix: "V/v tăng cường công tác quản lý bảo vệ khoáng sản", issuerName: "Ủy ban nhân dân tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Nguyễn Thành Sinh", sigTitle: "Phó Chủ tịch", authority: "KT. Chủ tịch",
			recipient: "Công an tỉnh"},
		"KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.txt": {docType: "Kế hoạch", number: "/KH-SCT", date: "2026-05", place: "Lào Cai",
			titlePrefix: "Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ",
			issuerName:  "Sở Công Thương tỉnh Lào Cai", level: "tinh", province: "Lào Cai", prov2025: "Lào Cai",
			signer: "Hoàng Văn Thuân", sigTitle: "Phó Giám đốc", authority: "KT. Giám đốc"},
		"ND-21-2026-ND-CP-sua-ND-193-2025.txt": {docType: "Nghị định", number: "21/2026/NĐ-CP", date: "2026-01-16", place: "Hà Nội",
			titlePrefix: "Sửa đổi, bổ sung một số điều của nghị định số 193/2025/NĐ-CP", issuerName: "Chính phủ", level: "trung-uong",
			signer: "Trần Hồng Hà", sigTitle: "Phó Thủ tướng", authority: "TM. Chính phủ; KT. Thủ tướng", recipient: "Văn phòng Quốc hội"},
		"QD-3728_24.6.2026_Cong-nhan-KQ-Xi-mang-Yen-Binh.txt": {docType: "Quyết định", number: "/QĐ-SCT", date: "2026-06", place: "Lào Cai",
			titlePrefix: "Về việc công nhận kết quả huấn luyện", issuerName: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Hoàng Chí Hiền", sigTitle: "Giám đốc"},
		"TB-1894_9.4.2026_Ket-qua-sau-kiem-tra-chap-hanh.txt": {docType: "Thông báo", number: "/TB-SCT", date: "2026-04", place: "Lào Cai",
			titlePrefix: "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng", issuerName: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Hoàng Văn Thuân", sigTitle: "Phó Giám đốc", authority: "KT. Giám đốc",
			recipient: "Công ty TNHH Hiệp Phú"},
		"TB-3915_1.7.2026_Huan-luyen-nguoi-quan-ly.txt": {docType: "Công văn", number: "/SCT-CN", date: "2026-06", place: "Lào Cai",
			titlePrefix: "V/v Thông báo tổ chức huấn luyện", issuerName: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Hoàng Văn Thuân", sigTitle: "Phó Giám đốc", authority: "KT. Giám đốc"},
		"cong-van-vp-ubnd-truyen-dat.txt": {docType: "Công văn", number: "/UBND-KT", date: "2026-06", place: "Lào Cai",
			titlePrefix: "V/v báo cáo tình hình triển khai các khu công nghiệp", issuerName: "Ủy ban nhân dân tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", prov2025: "Lào Cai", signer: "Hoàng Ngọc Bích", sigTitle: "Phó Chánh Văn phòng",
			authority: "TL. Chủ tịch; KT. Chánh Văn phòng", recipient: "Sở Công Thương"},
		"thong-bao-ket-luan-ubnd.txt": {docType: "Thông báo", number: "/TB-VP", date: "2026-06", place: "Lào Cai",
			titlePrefix: "Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp",
			issuerName:  "Văn phòng Ủy ban nhân dân tỉnh Lào Cai", level: "tinh", province: "Lào Cai", prov2025: "Lào Cai",
			signer: "Lê Trí Hà", sigTitle: "Chánh Văn phòng", recipient: "Công ty Điện lực Lào Cai"},
		"TT-24-2025-TT-BCT-ke-hoach-quan-ly-rui-ro.txt": {docType: "Thông tư", number: "24/2025/TT-BCT", date: "2025-05-13", place: "Hà Nội",
			titlePrefix: "Quy định về lập và phê duyệt kế hoạch quản lý rủi ro", issuerName: "Bộ Công Thương", level: "trung-uong",
			signer: "Trương Thanh Hoài", sigTitle: "Thứ trưởng", authority: "KT. Bộ trưởng", recipient: "Văn phòng Quốc hội"},
		"synth-pdftotext-two-column.txt": {docType: "Kế hoạch", number: "215/KH-UBND", date: "2023-04-14", place: "Cẩm Xuyên",
			titlePrefix: "Triển khai công tác khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện năm 2023",
			issuerName:  "Ủy ban nhân dân huyện Cẩm Xuyên", level: "huyen", province: "Hà Tĩnh", prov2025: "Hà Tĩnh", district: "Cẩm Xuyên",
			signer: "Trần Văn Minh", sigTitle: "Chủ tịch", authority: "TM. Ủy ban nhân dân", recipient: "Sở Giáo dục và Đào tạo"},
		"synth-pdftotext-vv-beside-motto.txt": {docType: "Công văn", number: "1520/UBND-KGVX", date: "2025-09-12", place: "Cần Thơ",
			titlePrefix: "V/v đẩy mạnh xây dựng xã hội học tập trên địa bàn thành phố năm 2025-2026", issuerName: "Ủy ban nhân dân thành phố Cần Thơ",
			level: "tinh", province: "Cần Thơ", prov2025: "Cần Thơ", signer: "Nguyễn Thực Hiện", sigTitle: "Phó Chủ tịch", authority: "KT. Chủ tịch",
			recipient: "Ủy ban nhân dân các xã, phường"},
		"synth-ocr-single-space.txt": {docType: "Kế hoạch", number: "87/KH-UBND", date: "2022-03-15", place: "Đức Phổ",
			titlePrefix: "Triển khai xây dựng xã hội học tập giai đoạn 2022 - 2025", issuerName: "Ủy ban nhân dân huyện Đức Phổ",
			level: "huyen", province: "Quảng Ngãi", prov2025: "Quảng Ngãi", district: "Đức Phổ", signer: "Võ Thị Mỹ Hạnh", sigTitle: "Chủ tịch",
			authority: "TM. Ủy ban nhân dân"},
		"synth-gazette-pdftotext.txt": {docType: "Nghị định", number: "158/2025/NĐ-CP", date: "2025-06-25", place: "Hà Nội",
			titlePrefix: "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội", issuerName: "Chính phủ",
			level: "trung-uong", signer: "Lê Thành Long", sigTitle: "Phó Thủ tướng", authority: "TM. Chính phủ; KT. Thủ tướng"},
		"synth-right-column-first.txt": {docType: "Quyết định", number: "12/QĐ-UBND", date: "2021-09-05", place: "Cẩm Thành",
			titlePrefix: "Về việc kiện toàn Ban Chỉ đạo", issuerName: "Ủy ban nhân dân xã Cẩm Thành", level: "xa",
			province: "Hà Tĩnh", prov2025: "Hà Tĩnh", district: "Cẩm Xuyên", commune: "Cẩm Thành", signer: "Nguyễn Thị Lan", sigTitle: "Chủ tịch"},
		"synth-party-resolution.txt": {docType: "Nghị quyết", number: "05-NQ/ĐU", date: "2023-01-20", place: "Cẩm Thành",
			titlePrefix: "về lãnh đạo công tác khuyến học", issuerName: "Đảng ủy xã Cẩm Thành", level: "xa",
			province: "Thanh Hóa", prov2025: "Thanh Hóa", district: "Cẩm Thủy", commune: "Cẩm Thành",
			signer: "Lê Văn Hùng", sigTitle: "Bí thư", authority: "T/M Đảng ủy", recipient: "Các chi bộ"},
		"synth-ward-2026.txt": {docType: "Kế hoạch", number: "45/KH-UBND", date: "2026-02-03", place: "Ba Đình",
			titlePrefix: "Xây dựng phường học tập năm 2026", issuerName: "Ủy ban nhân dân phường Ba Đình", level: "xa",
			province: "Hà Nội", prov2025: "Hà Nội", commune: "Ba Đình", signer: "Phạm Thu Hằng", sigTitle: "Chủ tịch", authority: "TM. Ủy ban nhân dân"},
	}
	files, err := filepath.Glob("testdata/header/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < len(tests) {
		t.Fatalf("found %d header fixtures, want %d", len(files), len(tests))
	}
	for name, w := range tests {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata/header", name))
			if err != nil {
				t.Fatal(err)
			}
			d := x.Extract(Input{Text: string(b)})
			num := ""
			if d.Number != nil {
				num = d.Number.Text
			}
			check := func(field, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("doc_type", d.DocType, w.docType)
			check("number", num, w.number)
			check("issued.date", d.Issued.Date, w.date)
			check("issued.place", d.Issued.Place, w.place)
			check("issuer.level", d.Issuer.Level, w.level)
			check("issuer.province", vn.Fold(d.Issuer.Province), vn.Fold(w.province))
			check("issuer.province_2025", vn.Fold(d.Issuer.Province2025), vn.Fold(w.prov2025))
			check("issuer.district", vn.Fold(d.Issuer.District), vn.Fold(w.district))
			check("issuer.commune", vn.Fold(d.Issuer.Commune), vn.Fold(w.commune))
			if !strings.HasPrefix(vn.Fold(d.Title), vn.Fold(w.titlePrefix)) {
				t.Errorf("title = %q, want prefix %q", d.Title, w.titlePrefix)
			}
			check("issuer.name", d.Issuer.Name, w.issuerName)
			if len(d.Signers) != 1 {
				t.Fatalf("signers = %+v, want one", d.Signers)
			}
			check("signer.name", d.Signers[0].Name, w.signer)
			check("signer.title", d.Signers[0].Title, w.sigTitle)
			check("signer.authority", d.Signers[0].Authority, w.authority)
			if w.recipient != "" {
				found := false
				for _, r := range d.Recipients {
					found = found || r == w.recipient
				}
				if !found {
					t.Errorf("recipients %q lack %q", d.Recipients, w.recipient)
				}
			}
			for _, r := range d.Recipients {
				if f := vn.Fold(r); strings.HasPrefix(f, "luu") || strings.HasPrefix(f, "nhu tren") {
					t.Errorf("recipient %q is not a recipient", r)
				}
			}
		})
	}
}
