package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// unseenWant is what an unseen-style header fixture must yield. Every
// field is checked, empty ones too; sigTitle "*" is not checked.
type unseenWant struct {
	docType, number, date, place string
	title                        string // exact
	issuer                       string
	level, province, prov2025    string
	district, commune            string
	signer, sigTitle, authority  string
	recipient                    string // one recipient that must be listed
}

// TestHeaderUnseen runs the header, issuer and signature finders through
// the whole text path (corpus.Normalize, then Extract) on documents
// written by hand in the layouts the extractor has not been tuned on:
// pdftotext -layout with the columns side by side in either order and the
// number beside the date, docx conversions with the header cells as lines
// or tab-separated, wards and communes of merged provinces after 1 July
// 2025, a district of 2022, Party committees (Số 215-QĐ/TU, T/M), Sở
// letters under "UBND TỈNH …", a ministry, OCR noise, the authorities Q.,
// TL., TUQ. and KT. under TL., a digital-signature stamp inside the block,
// dates "ngày 5/8/2025" and "ngày      tháng 6 năm 2026".
func TestHeaderUnseen(t *testing.T) {
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(rs)
	tests := map[string]unseenWant{
		"layout-qd-quang-ngai-2025.txt": {docType: "Quyết định", number: "1245/QĐ-UBND", date: "2025-08-05", place: "Quảng Ngãi",
			title: "Phê duyệt kế hoạch chuyển đổi số năm 2025 của tỉnh", issuer: "Ủy ban nhân dân tỉnh Quảng Ngãi",
			level: "tinh", province: "Quảng Ngãi", prov2025: "Quảng Ngãi",
			signer: "Trần Phước Hiền", sigTitle: "Phó Chủ tịch", authority: "KT. Chủ tịch", recipient: "Bộ Khoa học và Công nghệ"},
		"layout-motto-first-danang-ward-2025.txt": {docType: "Công văn", number: "356/UBND-VHXH", date: "2025-09-18", place: "Hải Châu",
			title:  "V/v tăng cường công tác phòng, chống sốt xuất huyết trên địa bàn phường",
			issuer: "Ủy ban nhân dân phường Hải Châu", level: "xa", province: "Đà Nẵng", prov2025: "Đà Nẵng", commune: "Hải Châu",
			signer: "Nguyễn Văn Lâm", sigTitle: "Chủ tịch", authority: "TM. Ủy ban nhân dân", recipient: "Trạm Y tế phường"},
		"docx-tay-ninh-xa-2026-blank-day.txt": {docType: "Kế hoạch", number: "/KH-UBND", date: "2026-06", place: "Hậu Nghĩa",
			title:  "Tổ chức các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2026",
			issuer: "Ủy ban nhân dân xã Hậu Nghĩa", level: "xa", province: "Long An", prov2025: "Tây Ninh", commune: "Hậu Nghĩa",
			signer: "Lê Thị Mỹ Dung", sigTitle: "Phó Chủ tịch", authority: "TM. Ủy ban nhân dân; KT. Chủ tịch", recipient: "UBND tỉnh Tây Ninh"},
		"layout-district-2022-dong-anh.txt": {docType: "Báo cáo", number: "215/BC-UBND", date: "2022-11-08", place: "Đông Anh",
			title:  "Kết quả thực hiện công tác khuyến học, khuyến tài năm 2022",
			issuer: "Ủy ban nhân dân huyện Đông Anh", level: "huyen", province: "Hà Nội", prov2025: "Hà Nội", district: "Đông Anh",
			signer: "Nguyễn Xuân Linh", sigTitle: "Chủ tịch", authority: "TM. Ủy ban nhân dân", recipient: "Sở Giáo dục và Đào tạo"},
		"layout-party-btv-tinh-uy-nghe-an.txt": {docType: "Quyết định", number: "215-QĐ/TU", date: "2024-03-12", place: "Nghệ An",
			title:  "về việc thành lập Ban Chỉ đạo thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị",
			issuer: "Ban Thường vụ Tỉnh ủy Nghệ An", level: "tinh", province: "Nghệ An", prov2025: "Nghệ An",
			signer: "Hoàng Nghĩa Hiếu", sigTitle: "Phó Bí thư", authority: "T/M Ban Thường vụ"},
		"docx-party-dang-uy-xa-2025.txt": {docType: "Báo cáo", number: "12-BC/ĐU", date: "2025-10-15", place: "Hậu Nghĩa",
			title:  "sơ kết ba tháng hoạt động của Đảng bộ xã sau sắp xếp",
			issuer: "Đảng ủy xã Hậu Nghĩa", level: "xa", province: "Long An", prov2025: "Tây Ninh", commune: "Hậu Nghĩa",
			signer: "Trần Văn Tâm", sigTitle: "Phó Bí thư", authority: "T/M Đảng ủy", recipient: "Ban Thường vụ Tỉnh ủy"},
		"docx-so-dong-nai-quyen-giam-doc.txt": {docType: "Công văn", number: "2345/SNNMT-CCTL", date: "2025-10-02", place: "Đồng Nai",
			title:  "V/v chủ động phòng, chống hạn hán, thiếu nước mùa khô 2025-2026",
			issuer: "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai", level: "tinh", province: "Đồng Nai", prov2025: "Đồng Nai",
			signer: "Phạm Văn Trang", sigTitle: "Quyền Giám đốc", authority: "Q. Giám đốc", recipient: "Ủy ban nhân dân các xã, phường"},
		"layout-ministry-bgddt-tl.txt": {docType: "Công văn", number: "4567/BGDĐT-GDTX", date: "2025-08-26", place: "Hà Nội",
			title:  "V/v hướng dẫn thực hiện nhiệm vụ giáo dục thường xuyên năm học 2025-2026",
			issuer: "Bộ Giáo dục và Đào tạo", level: "trung-uong",
			signer: "Nguyễn Văn Hòa", sigTitle: "Vụ trưởng", authority: "TL. Bộ trưởng", recipient: "Các sở giáo dục và đào tạo"},
		"ocr-district-cam-thuy.txt": {docType: "Công văn", number: "412/UBND-VP", date: "2023-05-20", place: "Cẩm Thủy",
			title:  "V/v triển khai Tháng hành động vì trẻ em năm 2023",
			issuer: "Ủy ban nhân dân huyện Cẩm Thủy", level: "huyen", province: "Thanh Hóa", prov2025: "Thanh Hóa", district: "Cẩm Thủy",
			signer: "Lê Văn Thảo", sigTitle: "Phó Chủ tịch", authority: "TM. Ủy ban nhân dân; KT. Chủ tịch", recipient: "Ủy ban nhân dân các xã, thị trấn"},
		"docx-tl-chanh-van-phong-gia-lai.txt": {docType: "Công văn", number: "3120/UBND-KGVX", date: "2025-10-14", place: "Gia Lai",
			title:  "V/v triển khai thực hiện Kết luận số 150-KL/TW của Bộ Chính trị",
			issuer: "Ủy ban nhân dân tỉnh Gia Lai", level: "tinh", province: "Gia Lai", prov2025: "Gia Lai",
			signer: "Nguyễn Ngọc Lương", sigTitle: "Chánh Văn phòng", authority: "TL. Chủ tịch", recipient: "Sở Giáo dục và Đào tạo"},
		"docx-tuq-giam-doc-lao-cai.txt": {docType: "Công văn", number: "/SCT-QLCN", date: "2025-09", place: "Lào Cai",
			title:  "V/v đôn đốc báo cáo tình hình sử dụng vật liệu nổ công nghiệp quý III năm 2025",
			issuer: "Sở Công Thương tỉnh Lào Cai", level: "tinh", province: "Lào Cai", prov2025: "Lào Cai",
			signer: "Đỗ Minh Tuấn", sigTitle: "Trưởng phòng", authority: "TUQ. Giám đốc",
			recipient: "Các tổ chức sử dụng vật liệu nổ công nghiệp trên địa bàn tỉnh"},
		"docx-stamp-nguoi-ky.txt": {docType: "Công văn", number: "3155/SCT-CN", date: "2026-06-02", place: "Lào Cai",
			title:  "V/v giải quyết đề nghị huấn luyện kỹ thuật an toàn",
			issuer: "Sở Công Thương tỉnh Lào Cai", level: "tinh", province: "Lào Cai", prov2025: "Lào Cai",
			signer: "Hoàng Văn Thuân", sigTitle: "Phó Giám đốc", authority: "KT. Giám đốc", recipient: "Hợp tác xã Văn Thịnh"},
		"layout-bct-giay-phep.txt": {docType: "Giấy phép", number: "45/GP-BCT", date: "2026-01-20", place: "Hà Nội",
			title: "Vận chuyển hàng nguy hiểm", issuer: "Bộ Công Thương", level: "trung-uong",
			signer: "Trương Thanh Hoài", sigTitle: "Thứ trưởng", authority: "KT. Bộ trưởng", recipient: "Công ty TNHH Vận tải Thông Đạt"},
		"docx-qd-so-caps-title-authority.txt": {docType: "Quyết định", number: "3728/QĐ-SCT", date: "2026-06-24", place: "Lào Cai",
			title:  "Công nhận kết quả huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
			issuer: "Sở Công Thương tỉnh Lào Cai", level: "tinh", province: "Lào Cai", prov2025: "Lào Cai",
			signer: "Hoàng Chí Hiền", sigTitle: "Giám đốc"},
		"docx-hcm-ward-sai-gon-2025.txt": {docType: "Kế hoạch", number: "88/KH-UBND", date: "2025-07-10", place: "Thành phố Hồ Chí Minh",
			title:  "Xây dựng phường học tập giai đoạn 2025 - 2030",
			issuer: "Ủy ban nhân dân phường Sài Gòn", level: "xa", province: "Hồ Chí Minh", prov2025: "Hồ Chí Minh", commune: "Sài Gòn",
			signer: "Nguyễn Thị Hương", sigTitle: "Chủ tịch", authority: "TM. Ủy ban nhân dân", recipient: "UBND Thành phố"},
		"docx-tabs-can-tho-2025.txt": {docType: "Thông báo", number: "512/TB-UBND", date: "2025-08-21", place: "Cần Thơ",
			title:  "Kết luận của Chủ tịch Ủy ban nhân dân thành phố tại cuộc họp về công tác cải cách hành chính",
			issuer: "Ủy ban nhân dân thành phố Cần Thơ", level: "tinh", province: "Cần Thơ", prov2025: "Cần Thơ",
			signer: "Trần Văn Bé", sigTitle: "Phó Chánh Văn phòng", authority: "TL. Chủ tịch; KT. Chánh Văn phòng",
			recipient: "Các sở, ban, ngành thành phố"},
		"layout-party-ban-to-chuc-huyen-uy-2022.txt": {docType: "Hướng dẫn", number: "45-HD/BTCHU", date: "2022-03-14", place: "Bát Xát",
			title:  "quy trình kết nạp đảng viên năm 2022",
			issuer: "Ban Tổ chức Huyện ủy Bát Xát", level: "huyen", province: "Lào Cai", prov2025: "Lào Cai", district: "Bát Xát",
			signer: "Lò Văn Tiến", sigTitle: "Phó Trưởng ban", authority: "K/T Trưởng ban", recipient: "Các chi, đảng bộ cơ sở"},
		"layout-qd-quyen-chu-tich-hung-yen-2025.txt": {docType: "Quyết định", number: "300/QĐ-UBND", date: "2025-12-03", place: "Hưng Yên",
			title:  "Về việc thành lập Hội đồng thẩm định",
			issuer: "Ủy ban nhân dân tỉnh Hưng Yên", level: "tinh", province: "Hưng Yên", prov2025: "Hưng Yên",
			signer: "Nguyễn Lê Huy", sigTitle: "Quyền Chủ tịch", authority: "TM. Ủy ban nhân dân; Q. Chủ tịch"},
		"docx-party-dang-uy-phuong-da-nang-2025.txt": {docType: "Chương trình", number: "08-CTr/ĐU", date: "2025-08-20", place: "Hải Châu",
			title:  "hành động thực hiện Nghị quyết Đại hội Đảng bộ phường",
			issuer: "Đảng ủy phường Hải Châu", level: "xa", province: "Đà Nẵng", prov2025: "Đà Nẵng", commune: "Hải Châu",
			signer: "Nguyễn Thị Ân", sigTitle: "Bí thư", authority: "T/M Đảng ủy"},
	}
	files, err := filepath.Glob("testdata/header/unseen/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Fatalf("found %d unseen fixtures, want %d", len(files), len(tests))
	}
	for name, w := range tests {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata/header/unseen", name))
			if err != nil {
				t.Fatal(err)
			}
			d := x.Extract(extract.Input{Text: corpus.Normalize(string(b))})
			check := func(field, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			num := ""
			if d.Number != nil {
				num = d.Number.Text
			}
			check("doc_type", d.DocType, w.docType)
			check("number", num, w.number)
			check("issued.date", d.Issued.Date, w.date)
			check("issued.place", d.Issued.Place, w.place)
			check("title", d.Title, w.title)
			check("issuer.name", d.Issuer.Name, w.issuer)
			check("issuer.level", d.Issuer.Level, w.level)
			check("issuer.province", d.Issuer.Province, w.province)
			check("issuer.province_2025", d.Issuer.Province2025, w.prov2025)
			check("issuer.district", d.Issuer.District, w.district)
			check("issuer.commune", d.Issuer.Commune, w.commune)
			if len(d.Signers) != 1 {
				t.Fatalf("signers = %+v, want one", d.Signers)
			}
			check("signer.name", d.Signers[0].Name, w.signer)
			if w.sigTitle != "*" {
				check("signer.title", d.Signers[0].Title, w.sigTitle)
			}
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
