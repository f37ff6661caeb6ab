package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vanban/vanban/rules"
)

func citeTestExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	rs, err := rules.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return New(rs)
}

// citeRun finds the citations of text in a document numbered own.
func citeRun(x *Extractor, text, own string) ([]Citation, []string) {
	d := Document{}
	if own != "" {
		num, sym, _ := strings.Cut(own, "/")
		d.Number = &Number{Text: own, Num: num, Symbol: sym}
	}
	cs := x.citations(newText(text), &d)
	return cs, d.Warnings
}

// TestCitations checks every written form of issue 5 on sentences copied
// from the seeds and from real documents (testdata/cite, testdata/header).
func TestCitations(t *testing.T) {
	x := citeTestExtractor(t)
	tests := []struct {
		name, text, own string
		want            []Citation // ID, Type, Date, Issuer, Mentions (0 = any), Relation ("" = any)
	}{
		{"state decision, comma before the date",
			"Thực hiện Quyết định số 1373/QĐ-TTg, ngày 30/7/2021 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” (gọi là Đề án 1373); Kế hoạch số 50/KH-UBND, ngày 02/03/2022 của UBND tỉnh Thanh Hóa ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn tỉnh Thanh Hóa.\nc) Phổ biến kết quả thực hiện Đề án 1373.", "",
			[]Citation{
				{ID: "1373/QĐ-TTg", Type: "Quyết định", Date: "2021-07-30", Issuer: "Thủ tướng Chính phủ", Mentions: 3, Relation: RelImplement},
				{ID: "50/KH-UBND", Type: "Kế hoạch", Date: "2022-03-02", Issuer: "Ủy ban nhân dân tỉnh Thanh Hóa", Mentions: 1, Relation: RelImplement},
			}},
		{"Party directive, nested in another's description",
			"Thực hiện Quyết định số 489/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ về việc ban hành Kế hoạch thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị (sau đây viết tắt là Quyết định 489), Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai.\nb) Tuyên truyền, phổ biến rộng rãi Quyết định 489 đến Nhân dân.", "1960/KH-UBND",
			[]Citation{
				{ID: "489/QĐ-TTg", Type: "Quyết định", Date: "2020-04-08", Issuer: "Thủ tướng Chính phủ", Mentions: 3, Relation: RelImplement},
				{ID: "49-KL/TW", Type: "Kết luận", Date: "2019-05-10", Issuer: "Ban Bí thư", Mentions: 1, Relation: RelReference},
				{ID: "11-CT/TW", Type: "Chỉ thị", Date: "2007-04-13", Issuer: "Bộ Chính trị", Mentions: 1, Relation: RelReference},
			}},
		{"Party symbols written the state way; no 'số'",
			"- 100% cán bộ và hội viên được quán triệt nội dung Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11/CT-TW của Bộ Chính trị, Quyết định số 489/QĐ-TTg ngày 8/4/2020 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai kết luận 49/KL-TW.", "",
			[]Citation{
				{ID: "49-KL/TW", Type: "Kết luận", Date: "2019-05-10", Issuer: "Ban Bí thư", Mentions: 2},
				{ID: "11-CT/TW", Type: "Chỉ thị", Issuer: "Bộ Chính trị", Mentions: 1},
				{ID: "489/QĐ-TTg", Type: "Quyết định", Date: "2020-04-08", Issuer: "Thủ tướng Chính phủ", Mentions: 1},
			}},
		{"doubled số, Party plan of a provincial committee, capitals in the issuer",
			"tại Quyết định số 558/QĐ-UBND ngày 18/6/2020 của UBND tỉnh về việc ban hành Kế hoạch thực hiện Quyết định số số 489/QĐ-TTg ngày 08/4/2020 của Thủ Tướng Chính Phủ, Kế hoạch số 259-KH/TU ngày 27/9/2019 của Tỉnh Ủy Gia Lai.", "",
			[]Citation{
				{ID: "558/QĐ-UBND", Type: "Quyết định", Date: "2020-06-18", Issuer: "Ủy ban nhân dân tỉnh"},
				{ID: "489/QĐ-TTg", Type: "Quyết định", Date: "2020-04-08", Issuer: "Thủ tướng Chính phủ"},
				{ID: "259-KH/TU", Type: "Kế hoạch", Date: "2019-09-27", Issuer: "Tỉnh ủy Gia Lai"},
			}},
		{"date in words; a letter's symbol names no type; OCR space before the slash",
			"c) Tiếp tục triển khai thực hiện Chỉ thị số 24/CT-TTg ngày 28 tháng 5 năm 2020 của Thủ tướng Chính phủ; Công văn số 842/UBND-KGVX về việc triển khai; theo văn bản 1132 /UBND-VX.", "",
			[]Citation{
				{ID: "24/CT-TTg", Type: "Chỉ thị", Date: "2020-05-28", Issuer: "Thủ tướng Chính phủ", Relation: RelImplement},
				{ID: "842/UBND-KGVX", Type: "Công văn"},
				{ID: "1132/UBND-VX", Type: "Công văn"},
			}},
		{"normative ids with their year; laws",
			"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;\nCăn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;", "217/2025/NĐ-CP",
			[]Citation{
				{ID: "63/2025/QH15", Type: "Luật", Issuer: "Quốc hội", Relation: RelBasis},
				{ID: "35/2022/NĐ-CP", Type: "Nghị định", Date: "2022-05-28", Issuer: "Chính phủ", Relation: RelBasis},
				{ID: "42/2024/QH15", Type: "Luật", Date: "2024-06-29", Issuer: "Quốc hội", Relation: RelBasis},
			}},
		{"date after the issuer",
			"theo Kế hoạch số 134/KH-UBND của UBND tỉnh thực hiện Nghị quyết số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025 về phát triển các khu, cụm công nghiệp.", "",
			[]Citation{
				{ID: "134/KH-UBND", Type: "Kế hoạch", Issuer: "Ủy ban nhân dân tỉnh"},
				{ID: "34-NQ/TU", Type: "Nghị quyết", Date: "2025-12-27", Issuer: "Tỉnh ủy Lào Cai"},
			}},
		{"a number without a symbol is kept with what is known",
			"- Các đơn vị TV BCĐ XDXHHT huyện theo QĐ số 9047 ngày 13/11/2023;", "",
			[]Citation{{ID: "9047", Type: "Quyết định", Date: "2023-11-13"}}},
		{"the document's own number, unnumbered laws and schemes, forms and standards are no citations",
			"Số: 1960/KH-UBND\nKế hoạch 1960/KH-UBND năm 2020 thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nTheo Mẫu số 01/BC-UBND, QCVN 01:2019/BCT và QCVN 04 : 2009/BCT; Kế hoạch 1960.", "1960/KH-UBND",
			nil},
		{"ministry names with 'và' and commas; a wrapped number",
			"Căn cứ Thông tư số 04/2024/TT-BVHTTDL ngày 26/6/2024 của Bộ Văn hóa, Thể thao và Du lịch và Thông tư số 16/2017/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội; Văn bản số 10699/BNNMT-ĐCKS ngày 23/12/2025 của Bộ Nông nghiệp và Môi trường về việc báo cáo; Nghị định số\n193/2025/NĐ-CP ngày 02/7/2025 của Chính phủ.", "",
			[]Citation{
				{ID: "04/2024/TT-BVHTTDL", Type: "Thông tư", Date: "2024-06-26", Issuer: "Bộ Văn hóa, Thể thao và Du lịch"},
				{ID: "16/2017/TT-BLĐTBXH", Type: "Thông tư", Issuer: "Bộ Lao động - Thương binh và Xã hội"},
				{ID: "10699/BNNMT-ĐCKS", Type: "Công văn", Date: "2025-12-23", Issuer: "Bộ Nông nghiệp và Môi trường"},
				{ID: "193/2025/NĐ-CP", Type: "Nghị định", Date: "2025-07-02", Issuer: "Chính phủ"},
			}},
		{"issuer ends before a verb; dotted number and its short form",
			"Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Uỷ ban nhân dân tỉnh Lào Cai Ban hành Quy định chức năng; theo Nghị quyết 66.4/2025/NQ-CP ngày 21/9/2025 của Chính phủ.\nthực hiện theo Nghị quyết số 66.", "",
			[]Citation{
				{ID: "05/2025/QĐ-UBND", Type: "Quyết định", Date: "2025-07-01", Issuer: "Ủy ban nhân dân tỉnh Lào Cai", Relation: RelBasis},
				{ID: "66.4/2025/NQ-CP", Type: "Nghị quyết", Date: "2025-09-21", Issuer: "Chính phủ", Mentions: 2},
			}},
		{"text typed without diacritics",
			"Thuc hien Quyet dinh so 1373/QD-TTg ngay 30/7/2021 cua Thu tuong Chinh phu ve viec phe duyet De an; Chi thi so 11-CT/TW ngay 13/4/2007 cua Bo Chinh tri khoa X ve tang cuong.", "",
			[]Citation{
				{ID: "1373/QĐ-TTg", Type: "Quyết định", Date: "2021-07-30", Issuer: "Thủ tướng Chính phủ", Relation: RelImplement},
				{ID: "11-CT/TW", Type: "Chỉ thị", Date: "2007-04-13", Issuer: "Bộ Chính trị", Relation: RelImplement},
			}},
		{"a dated opening names date and issuer; a wrapped basis line",
			"Ngày 24/02/2020, Chính phủ ban hành Nghị định số 23/2020/NĐ-CP Quy định về quản lý cát, sỏi lòng sông.\nCăn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ\nsố 42/2024/QH15 ngày 29/6/2024;", "",
			[]Citation{
				{ID: "23/2020/NĐ-CP", Type: "Nghị định", Date: "2020-02-24", Issuer: "Chính phủ", Relation: RelReference},
				{ID: "42/2024/QH15", Type: "Luật", Date: "2024-06-29", Issuer: "Quốc hội", Relation: RelBasis},
			}},
		{"own number beside the issuer in a two-column header, no number from the header parser",
			"UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG      Số: 3036/SCT-CN     Lào Cai, ngày 28 tháng 5 năm 2026\nV/v trả lời Văn bản số 3036/SCT-CN và Quyết định số 12/QĐ-UBND.", "",
			[]Citation{{ID: "12/QĐ-UBND", Type: "Quyết định"}}},
		{"no-break spaces, a typed dash, an OCR eth",
			"Thực hiện Quyết\u00a0định số\u00a01373/QĐ–TTg ngày\u00a030/7/2021 và Kết luận số 49–KL/TW; theo 12/QÐ-UBND.", "",
			[]Citation{
				{ID: "1373/QĐ-TTg", Type: "Quyết định", Date: "2021-07-30", Issuer: "Thủ tướng Chính phủ"},
				{ID: "49-KL/TW", Type: "Kết luận"},
				{ID: "12/QĐ-UBND", Type: "Quyết định"},
			}},
		{"implementing as an act, and as the subject of a report",
			"- Tuyên truyền và tổ chức thực hiện Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ;\n- Báo cáo kết quả triển khai thực hiện Kế hoạch số 134/KH-UBND ngày 26/3/2026 của UBND tỉnh.", "",
			[]Citation{
				{ID: "1315/QĐ-TTg", Type: "Quyết định", Date: "2023-11-09", Issuer: "Thủ tướng Chính phủ", Relation: RelImplement},
				{ID: "134/KH-UBND", Type: "Kế hoạch", Date: "2026-03-26", Issuer: "Ủy ban nhân dân tỉnh", Relation: RelReference},
			}},
		{"a hard-wrapped opening (pdftotext) governs the list items on the lines after it",
			"Thực hiện Kế hoạch số 112/KH-UBND ngày 15/8/2025 của UBND thành phố Đà Nẵng về\nxây dựng xã hội học tập giai đoạn 2025-2030; Quyết định số 1373/QĐ-TTg ngày 30/7/2021\ncủa Thủ tướng Chính phủ phê duyệt Đề án, Ủy ban nhân dân phường ban hành Kế hoạch như sau:", "",
			[]Citation{
				{ID: "112/KH-UBND", Type: "Kế hoạch", Date: "2025-08-15", Issuer: "Ủy ban nhân dân thành phố Đà Nẵng", Relation: RelImplement},
				{ID: "1373/QĐ-TTg", Type: "Quyết định", Date: "2021-07-30", Issuer: "Thủ tướng Chính phủ", Relation: RelImplement},
			}},
		{"'Căn cứ' broken over two lines by pdftotext; 'Theo đề nghị' closes a preamble",
			"    Căn cứ Thông tư số 38/2025/TT-BCT ngày 19/6/2025 của Bộ trưởng Bộ Công\nThương về việc sửa đổi, bổ sung một số quy định; Căn\ncứ Thông tư số 43/2018/TT-BCT ngày 15/11/2018 của Bộ trưởng Bộ Công\nThương quy định về quản lý an toàn thực phẩm;\n    Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 920 /TTr-SCT\nngày 15/8/2025,", "",
			[]Citation{
				{ID: "38/2025/TT-BCT", Type: "Thông tư", Date: "2025-06-19", Issuer: "Bộ trưởng Bộ Công Thương", Relation: RelBasis},
				{ID: "43/2018/TT-BCT", Type: "Thông tư", Date: "2018-11-15", Issuer: "Bộ trưởng Bộ Công Thương", Relation: RelBasis},
				{ID: "920/TTr-SCT", Type: "Tờ trình", Date: "2025-08-15", Relation: RelBasis},
			}},
		{"a title's issuer ends at the blank line before Kính gửi; a Party number broken at its hyphen",
			"về việc triển khai thực hiện Chương trình hành động\nsố 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai\n\nKính gửi: - Ủy ban nhân dân tỉnh,\nThực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban\nChấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-\nCTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường.", "",
			[]Citation{
				{ID: "104-CTr/TU", Type: "Chương trình", Date: "2026-08-30", Issuer: "Tỉnh ủy Lào Cai"},
				{ID: "75-KL/TW", Type: "Kết luận", Date: "2026-07-28", Issuer: "Ban Chấp hành Trung ương Đảng", Relation: RelImplement},
				{ID: "31-CTr/TW", Type: "Chương trình", Date: "2026-07-28", Issuer: "Bộ Chính trị"},
			}},
		{"OCR's 'Tu' for TU; a list item after a line filled to the page width that goes on with a capital",
			"Thực hiện Chương trình hành độ số 104-CTr/Tu ngày 30/8/2026 của Tỉnh ủy\nLào Cai; Công văn số 2449-CV/ĐU ngày 07/9/2026 của Đảng ủy Ủy ban nhân\ndân tỉnh về việc triển khai thực hiện.", "",
			[]Citation{
				{ID: "104-CTr/TU", Type: "Chương trình", Date: "2026-08-30", Issuer: "Tỉnh ủy Lào Cai", Relation: RelImplement},
				{ID: "2449-CV/ĐU", Type: "Công văn", Date: "2026-09-07", Issuer: "Đảng ủy Ủy ban nhân dân tỉnh", Relation: RelImplement},
			}},
		{"a basis line after a long trích yếu opens its own sentence",
			"Quy định chi tiết một số điều Luật Giao thông đường thủy nội địa và\nLuật sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "",
			[]Citation{{ID: "63/2025/QH15", Type: "Luật", Issuer: "Quốc hội", Relation: RelBasis}}},
		{"Party code spelled TƯ; a state code after a Party form",
			"quán triệt Nghị quyết số 29-NQ/TƯ ngày 04/11/2013 của Ban Chấp hành Trung ương và Chỉ thị 14-CT/TTg.", "",
			[]Citation{
				{ID: "29-NQ/TW", Type: "Nghị quyết", Date: "2013-11-04", Issuer: "Ban Chấp hành Trung ương"},
				{ID: "14/CT-TTg", Type: "Chỉ thị", Issuer: "Thủ tướng Chính phủ"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := citeRun(x, tt.text, tt.own)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d citations %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.ID != w.ID || g.Type != w.Type || g.Date != w.Date || g.Issuer != w.Issuer {
					t.Errorf("citation %d = %q %q %q %q, want %q %q %q %q", i, g.ID, g.Type, g.Date, g.Issuer, w.ID, w.Type, w.Date, w.Issuer)
				}
				if w.Mentions != 0 && g.Mentions != w.Mentions {
					t.Errorf("%s: %d mentions, want %d", g.ID, g.Mentions, w.Mentions)
				}
				if w.Relation != "" && g.Relation != w.Relation {
					t.Errorf("%s: relation %s, want %s", g.ID, g.Relation, w.Relation)
				}
			}
		})
	}
}

// TestCitationDates checks the date rules: a Party term's years, and the
// conflict between dates of one id.
func TestCitationDates(t *testing.T) {
	x := citeTestExtractor(t)
	tests := []struct {
		name, text, date string
		warns            []string
	}{
		{"seed 001: a typo outside khóa X, corrected by the date cited elsewhere",
			"Thực hiện Kết luận số 49-KL/TW về tiếp tục thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2017 của Bộ Chính trị khóa X về tăng cường.\n1. Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị (Chỉ thị số 11-CT/TW).\nTrên đây là Kế hoạch thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2017 của Bộ Chính trị khóa X.",
			"2007-04-13", []string{
				"citation 11-CT/TW is dated both 2007-04-13 and 2017-04-13",
				"citation 11-CT/TW dated 2017-04-13 lies outside khóa X (2006–2011), read as 2007-04-13",
			}},
		{"outside the term, one single-digit change fits",
			"Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2023 của Ban Chấp hành Trung ương khóa XI.",
			"2013-11-04", []string{"citation 29-NQ/TW dated 2023-11-04 lies outside khóa XI (2011–2016), read as 2013-11-04"}},
		{"outside the term, several changes fit and nothing decides: kept",
			"Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2017 của Bộ Chính trị khóa X.",
			"2017-04-13", []string{"citation 11-CT/TW dated 2017-04-13 lies outside khóa X (2006–2011)"}},
		{"a term a few words after the date, without 'của'",
			"Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2023 Hội nghị Trung ương 8 (khóa XI) về đổi mới căn bản.",
			"2013-11-04", []string{"citation 29-NQ/TW dated 2023-11-04 lies outside khóa XI (2011–2016), read as 2013-11-04"}},
		{"a term after 'về' belongs to another document",
			"Kết luận số 51-KL/TW ngày 30/5/2029 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI.",
			"2029-05-30", nil},
		{"inside the term: no warning",
			"Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị khóa X.", "2007-04-13", nil},
		{"two dates: the one cited most often wins",
			"Căn cứ Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ;\ntheo Nghị định số 113/2017/NĐ-CP ngày 09/10/2018;\ntại Nghị định số 113/2017/NĐ-CP ngày 09/10/2017.",
			"2017-10-09", []string{"citation 113/2017/NĐ-CP is dated both 2017-10-09 and 2018-10-09"}},
		{"two dates once each: the first mention wins",
			"theo Quyết định số 12/QĐ-UBND ngày 05/3/2024;\ntheo Quyết định số 12/QĐ-UBND ngày 05/3/2023.",
			"2024-03-05", []string{"citation 12/QĐ-UBND is dated both 2023-03-05 and 2024-03-05"}},
		{"a truncated date is no conflict",
			"theo Quyết định số 12/QĐ-UBND ngày tháng 3 năm 2024;\ntheo Quyết định số 12/QĐ-UBND ngày 05/3/2024.",
			"2024-03-05", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, warns := citeRun(x, tt.text, "")
			if len(cs) == 0 {
				t.Fatal("no citation")
			}
			c := cs[len(cs)-1]
			if c.Date != tt.date {
				t.Errorf("%s dated %q, want %q", c.ID, c.Date, tt.date)
			}
			if strings.Join(warns, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings\n%q\nwant\n%q", warns, tt.warns)
			}
		})
	}
}

// FuzzCitations runs the finder on arbitrary text: no panic, every
// citation has an id without spaces, valid UTF-8, a known relation and at
// least one mention.
func FuzzCitations(f *testing.F) {
	for _, s := range []string{
		"Thực hiện Quyết định số 1373/QĐ-TTg, ngày 30/7/2021 của Thủ tướng Chính phủ (gọi là Đề án 1373); Đề án 1373",
		"Chỉ thị số 11-CT/TW ngày 13/4/2017 của Bộ Chính trị khóa X",
		"Nghị định số\n193\n/2025/NĐ-CP ngày 02/7/2025 của Bộ Văn hóa, Thể thao và Du lịch và",
		"theo QĐ số 9047 ngày 13/11/2023; 66.4/2025/NQ-CP; QCVN 01: 2019/BCT; 2010/GP - BTNMT",
		"Số: 1960/KH-UBND\nKế hoạch 1960",
		"1/A-B/C-D/E-F/G-H 2/ 3- của Ủ",
	} {
		f.Add(s)
	}
	rs, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	x := New(rs)
	f.Fuzz(func(t *testing.T, s string) {
		cs, _ := citeRun(x, s, "1/KH-UBND")
		for _, c := range cs {
			if c.ID == "" || strings.ContainsAny(c.ID, " \t\n") || !utf8.ValidString(c.ID) || !utf8.ValidString(c.Issuer) {
				t.Fatalf("bad id %q issuer %q", c.ID, c.Issuer)
			}
			if c.Mentions < 1 || citeRelRank(c.Relation) == 0 {
				t.Fatalf("%s: mentions %d relation %q", c.ID, c.Mentions, c.Relation)
			}
		}
	})
}

// BenchmarkCitations measures the finder over the seeds and the real
// fixtures.
func BenchmarkCitations(b *testing.B) {
	var texts []*text
	size := 0
	for _, pat := range []string{"../testdata/seeds/*.txt", "testdata/cite/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, newText(string(data)))
			size += len(data)
		}
	}
	if len(texts) == 0 {
		b.Fatal("no test data")
	}
	x := citeTestExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			var d Document
			x.citations(t, &d)
		}
	}
}
