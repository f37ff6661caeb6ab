package extract

import (
	"strings"
	"testing"

	"github.com/vanban/vanban/rules"
)

// tgtWant is one expected target: indicator must contain ind (as written).
type tgtWant struct {
	value float64
	max   float64 // 0: no range
	unit  string
	op    string
	year  int // 0: null
	ind   string
	key   string // "-" to skip the key check
}

func tgtExtractor(t testing.TB) *Extractor {
	t.Helper()
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return New(rs)
}

// TestTargets runs real and real-looking plan passages (Thanh Hóa, Bình
// Dương, Long An seeds; sentences in the style of other provinces' plans and
// of decrees) through the whole extractor and checks every target.
func TestTargets(t *testing.T) {
	x := tgtExtractor(t)
	tests := []struct {
		name string
		text string
		want []tgtWant
	}{
		{"several targets in one sentence, year from numbered heading",
			"I. MỤC TIÊU\n2. Mục tiêu cụ thể\n2.1. Mục tiêu đến năm 2025\n- 70% gia đình được công nhận đạt danh hiệu “Gia đình học tập”, 65% cộng đồng (khu, ấp) được công nhận đạt danh hiệu “Cộng đồng học tập”, 80% các tổ chức, cơ quan, trường học, doanh nghiệp trên địa bàn cấp xã được công nhận danh hiệu “Đơn vị học tập”.",
			[]tgtWant{
				{70, 0, "%", OpEQ, 2025, "gia đình được công nhận", "gia_dinh_hoc_tap"},
				{65, 0, "%", OpEQ, 2025, "cộng đồng (khu, ấp)", "cong_dong_hoc_tap"},
				{80, 0, "%", OpEQ, 2025, "trường học, doanh nghiệp", "don_vi_hoc_tap"},
			}},
		{"number after its indicator, trở lên, age and sessions not targets",
			"II. MỤC TIÊU.\n2. Mục tiêu cụ thể.\na) Mục tiêu đến năm 2025\n+ Duy trì vững chắc kết quả phổ cập giáo dục mầm non cho trẻ 5 tuổi; Huy động trẻ em trong độ tuổi Nhà trẻ đến trường đạt 32% trở lên; Phấn đấu duy trì 100% nhóm, lớp mầm non được học 2 buổi/ngày;",
			[]tgtWant{
				{32, 0, "%", OpGE, 2025, "Nhà trẻ đến trường", "tre_nha_tre_den_truong"},
				{100, 0, "%", OpEQ, 2025, "2 buổi/ngày", "hoc_2_buoi_ngay"},
			}},
		{"a Party action programme outside education: counts of works, a decrease by a share",
			"II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n2.5. Đẩy mạnh chuyển đổi xanh, kinh tế tuần hoàn\nPhấn đấu đến năm 2030:\n- Đạt 10% tỷ trọng kinh tế xanh trên GRDP.\n- Có từ 25 công trình xây dựng xanh được chứng nhận.\n- Giảm 9% phát thải khí nhà kính so với kịch bản phát triển thông thường.",
			[]tgtWant{
				{10, 0, "%", OpEQ, 2030, "kinh tế xanh", ""},
				{25, 0, "công trình", OpGE, 2030, "xây dựng xanh", ""},
				{9, 0, "%", OpDecrease, 2030, "phát thải khí nhà kính", ""},
			}},
		{"decrease per year with Vietnamese decimals",
			"II. MỤC TIÊU\nb) Mục tiêu đến năm 2030\n- tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân giảm trung bình 0,3%/năm, tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm trung bình 0,2%/năm;",
			[]tgtWant{
				{0.3, 0, "%/năm", OpDecrease, 2030, "thể nhẹ cân", "suy_dinh_duong_nhe_can"},
				{0.2, 0, "%/năm", OpDecrease, 2030, "thể thấp còi", "suy_dinh_duong_thap_coi"},
			}},
		{"khoảng, an age range inside the indicator, trong đó",
			"II. MỤC TIÊU\n1. Mục tiêu đến năm 2030\n- + Duy trì khoảng 65% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 20% dân số có trình độ đại học trở lên.",
			[]tgtWant{
				{65, 0, "%", OpApprox, 2030, "15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "chuyen_mon_ky_thuat"},
				{20, 0, "%", OpEQ, 2030, "đại học trở lên", "trinh_do_dai_hoc"},
			}},
		{"markdown-damaged heading with OCR PHÂN ĐẦU",
			"## **II. MỤC TIÊU PHÂN ĐẦU ĐẾN NĂM 2030**\n\n- 100% cơ quan, đơn vị, cơ sở giáo dục đạt danh hiệu “Đơn vị học tập” các cấp theo quy định.\n\n## **III. NỘI DUNG PHONG TRÀO THI ĐUA**\n\n1. Xây dựng 04 mô hình học tập tại các thôn.",
			[]tgtWant{{100, 0, "%", OpEQ, 2030, "cơ sở giáo dục đạt danh hiệu", "don_vi_hoc_tap"}}},
		{"giai đoạn heading gives its end year; range từ … đến …",
			"II. MỤC TIÊU\n2. Mục tiêu giai đoạn 2021 - 2025\na) Phấn đấu từ 70% đến 80% dòng họ được công nhận danh hiệu “Dòng họ học tập”;",
			[]tgtWant{{70, 80, "%", OpRange, 2025, "dòng họ được công nhận", "dong_ho_hoc_tap"}}},
		{"dashed range 70 - 75%",
			"III. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025\n- Tỷ lệ lao động qua đào tạo đạt 70 - 75%, trong đó lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30%.",
			[]tgtWant{
				{70, 75, "%", OpRange, 2025, "Tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
				{30, 0, "%", OpEQ, 2025, "có bằng cấp, chứng chỉ", "lao_dong_co_bang_cap"},
			}},
		{"a year in the sentence wins over the heading",
			"I. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Đến năm 2030, 90% công dân trong độ tuổi lao động đạt danh hiệu “Công dân học tập”.",
			[]tgtWant{{90, 0, "%", OpEQ, 2030, "công dân trong độ tuổi lao động", "cong_dan_hoc_tap"}}},
		{"lead-in line gives year and target context",
			"Phấn đấu đến năm 2025:\n- 85% trẻ em trong độ tuổi mẫu giáo ra lớp;\n- Trên 95% người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2.",
			[]tgtWant{
				{85, 0, "%", OpEQ, 2025, "mẫu giáo ra lớp", "tre_mau_giao_den_truong"},
				{95, 0, "%", OpGE, 2025, "biết chữ mức độ 2", "xoa_mu_chu"},
			}},
		{"no year anywhere gives null",
			"I. MỤC TIÊU\n- 100% trường học có thư viện đạt chuẩn.",
			[]tgtWant{{100, 0, "%", OpEQ, 0, "trường học có thư viện", "-"}}},
		{"counts with a unit noun and Vietnamese thousands",
			"II. MỤC TIÊU CỤ THỂ ĐẾN NĂM 2025\n- Đào tạo nghề cho 1.000 lao động nông thôn;\n- Xây dựng 50 mô hình “Cộng đồng học tập” cấp thôn.",
			[]tgtWant{
				{1000, 0, "lao động", OpEQ, 2025, "nông thôn", "-"},
				{50, 0, "mô hình", OpEQ, 2025, "Cộng đồng học tập", "cong_dong_hoc_tap"},
			}},
		{"ops from wording",
			"I. MỤC TIÊU ĐẾN NĂM 2030\n- Tỷ lệ hộ nghèo giảm xuống dưới 3%;\n- Tỷ lệ thất nghiệp ở khu vực thành thị không quá 4%;\n- Ít nhất 50% cán bộ, công chức được bồi dưỡng kỹ năng số;\n- Tối thiểu 30% trung tâm học tập cộng đồng hoạt động hiệu quả;\n- Không dưới 80% hội viên khuyến học tham gia sinh hoạt;\n- Gần 100% xã, phường học tập;\n- Số học viên tăng 10%/năm;\n- Tối đa 5% học sinh bỏ học.",
			[]tgtWant{
				{3, 0, "%", OpLE, 2030, "hộ nghèo", "-"},
				{4, 0, "%", OpLE, 2030, "thất nghiệp", "-"},
				{50, 0, "%", OpGE, 2030, "kỹ năng số", "ky_nang_so"},
				{30, 0, "%", OpGE, 2030, "trung tâm học tập cộng đồng", "tthtcd_hoat_dong_hieu_qua"},
				{80, 0, "%", OpGE, 2030, "hội viên khuyến học", "hoi_khuyen_hoc"},
				{100, 0, "%", OpApprox, 2030, "phường học tập", "xa_hoc_tap"},
				{10, 0, "%/năm", OpIncrease, 2030, "Số học viên", "-"},
				{5, 0, "%", OpLE, 2030, "học sinh bỏ học", "-"},
			}},
		{"decrease led by the verb",
			"II. MỤC TIÊU ĐẾN NĂM 2025\n- Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.",
			[]tgtWant{{1.5, 0, "%/năm", OpDecrease, 2025, "tỷ lệ hộ nghèo", "-"}}},
		{"indicator before a colon",
			"I. MỤC TIÊU ĐẾN NĂM 2025\n- Gia đình học tập: 75%;",
			[]tgtWant{{75, 0, "%", OpEQ, 2025, "Gia đình học tập", "gia_dinh_hoc_tap"}}},
		{"an age range is no target",
			"I. MỤC TIÊU ĐẾN NĂM 2025\n- Tỷ lệ trẻ em từ 6 đến 14 tuổi đi học đạt 99%.",
			[]tgtWant{{99, 0, "%", OpEQ, 2025, "từ 6 đến 14 tuổi đi học", "-"}}},
		{"levels, dates and document numbers are no targets",
			"II. MỤC TIÊU ĐẾN NĂM 2025\n- 100% xã đạt chuẩn xóa mù chữ mức độ 2 theo Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ.",
			[]tgtWant{{100, 0, "%", OpEQ, 2025, "xóa mù chữ mức độ 2", "xoa_mu_chu"}}},
		{"goal worded in a task section",
			"III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Nâng cao chất lượng phổ cập giáo dục\n- Phấn đấu đến năm 2025 có 60% xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.",
			[]tgtWant{{60, 0, "%", OpEQ, 2025, "phổ cập giáo dục trung học cơ sở", "pho_cap_thcs"}}},
		{"lead-in before a colon on the item's own line, in a task section",
			"III. NHIỆM VỤ\n- Đến năm 2025: 70% gia đình đạt danh hiệu “Gia đình học tập”.",
			[]tgtWant{{70, 0, "%", OpEQ, 2025, "gia đình đạt danh hiệu", "gia_dinh_hoc_tap"}}},
		{"baseline and goal: từ … lên …",
			"II. MỤC TIÊU ĐẾN NĂM 2025\n- Nâng tỷ lệ lao động qua đào tạo từ 60% lên 70%.",
			[]tgtWant{{70, 0, "%", OpGE, 2025, "Nâng tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"}}},
		{"already reached after the number is still a goal; before it, a result",
			"II. MỤC TIÊU ĐẾN NĂM 2025\n- Duy trì 100% xã đã đạt chuẩn phổ cập giáo dục tiểu học;\n- Tỷ lệ trẻ mẫu giáo đến trường hiện đạt 95%.",
			[]tgtWant{{100, 0, "%", OpEQ, 2025, "phổ cập giáo dục tiểu học", "pho_cap_tieu_hoc"}}},
		{"a verb before the number that opens its object",
			"II. MỤC TIÊU ĐẾN NĂM 2025\n- Huy động 35% trẻ em trong độ tuổi nhà trẻ và 95% trẻ em trong độ tuổi mẫu giáo đến trường; bồi dưỡng cho 100% giáo viên mầm non về kỹ năng số.",
			[]tgtWant{
				{35, 0, "%", OpEQ, 2025, "trẻ em trong độ tuổi nhà trẻ", "tre_nha_tre_den_truong"},
				{95, 0, "%", OpEQ, 2025, "trẻ em trong độ tuổi mẫu giáo đến trường", "tre_mau_giao_den_truong"},
				{100, 0, "%", OpEQ, 2025, "giáo viên mầm non về kỹ năng số", "ky_nang_so"},
			}},
		{"upper-case letter and dashed Roman headings",
			"A. MỤC TIÊU\nĐến năm 2025:\n- 75% gia đình đạt danh hiệu “Gia đình học tập”.\nB- NHIỆM VỤ\nIII- KẾT QUẢ\n- Năm 2020 đạt 60% gia đình học tập.",
			[]tgtWant{{75, 0, "%", OpEQ, 2025, "gia đình đạt danh hiệu", "gia_dinh_hoc_tap"}}},
		{"a list sharing its bound and its predicate",
			"2.1. Mục tiêu giai đoạn 2021 - 2025\n- Có ít nhất 75% gia đình, 60% dòng họ, 65% cộng đồng, 70% đơn vị được công nhận đạt danh hiệu học tập; trong độ tuổi từ 15 - 60 đạt 98,5%.",
			[]tgtWant{
				{75, 0, "%", OpGE, 2025, "gia đình", "gia_dinh_hoc_tap"},
				{60, 0, "%", OpGE, 2025, "dòng họ", "dong_ho_hoc_tap"},
				{65, 0, "%", OpGE, 2025, "cộng đồng", "cong_dong_hoc_tap"},
				{70, 0, "%", OpGE, 2025, "đơn vị được công nhận", "don_vi_hoc_tap"},
				{98.5, 0, "%", OpEQ, 2025, "trong độ tuổi từ 15 - 60", "-"},
			}},
		{"a parenthesis opened before the number",
			"2.2. Mục tiêu giai đoạn 2026 - 2030\n- Tỷ lệ lao động qua đào tạo đạt 75% (trong đó có bằng cấp, chứng chỉ đạt 35%).",
			[]tgtWant{
				{75, 0, "%", OpEQ, 2030, "Tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
				{35, 0, "%", OpEQ, 2030, "có bằng cấp, chứng chỉ", "lao_dong_co_bang_cap"},
			}},
		{"a programme's span and a citation's date do not set the year",
			"II. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021-2030, phấn đấu 80% xã đạt danh hiệu học tập theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2021 của UBND tỉnh.",
			[]tgtWant{{80, 0, "%", OpEQ, 2025, "xã đạt danh hiệu học tập", "xa_hoc_tap"}}},
		{"the goal's own span in the sentence",
			"II. MỤC TIÊU\n- Trong giai đoạn 2021 - 2025, 100% trung tâm học tập cộng đồng được củng cố.",
			[]tgtWant{{100, 0, "%", OpEQ, 2025, "trung tâm học tập cộng đồng", "tthtcd_hoat_dong_hieu_qua"}}},
		{"a wrapped sentence does not swallow the heading before it",
			"II. MỤC TIÊU\n2. Mục tiêu đến năm 2025\ntỷ lệ gia đình đạt danh hiệu “Gia đình học tập” đạt\n70%.",
			[]tgtWant{{70, 0, "%", OpEQ, 2025, "tỷ lệ gia đình đạt danh hiệu", "gia_dinh_hoc_tap"}}},
		{"other sectors: per mille, times, area, money",
			"II. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n- Tỷ suất chết trẻ em dưới 1 tuổi giảm xuống còn 10‰;\n- Thu nhập bình quân đầu người tăng 1,5 lần so với năm 2020;\n- Trồng mới 1.200 ha rừng tập trung;\n- GRDP bình quân đầu người đạt 120 triệu đồng.",
			[]tgtWant{
				{10, 0, "‰", OpLE, 2030, "Tỷ suất chết trẻ em dưới 1 tuổi", "-"},
				{1.5, 0, "lần", OpIncrease, 2030, "Thu nhập bình quân đầu người", "-"},
				{1200, 0, "ha", OpEQ, 2030, "Trồng mới ha rừng tập trung", "-"},
				{120, 0, "triệu đồng", OpEQ, 2030, "GRDP bình quân đầu người", "-"},
			}},
		{"a task item mentioning an assessment is no review section",
			"III. NHIỆM VỤ VÀ GIẢI PHÁP\n2. Nâng cao chất lượng hoạt động của các trung tâm học tập cộng đồng, định kỳ đánh giá kết quả hoạt động\n- Phấn đấu đến năm 2025, 90% trung tâm học tập cộng đồng hoạt động hiệu quả.",
			[]tgtWant{{90, 0, "%", OpEQ, 2025, "trung tâm học tập cộng đồng hoạt động hiệu quả", "tthtcd_hoat_dong_hieu_qua"}}},
		{"two goal years in one sentence",
			"II. MỤC TIÊU\n- Đến hết năm 2025, có 70% thôn đạt danh hiệu cộng đồng học tập; trước năm 2030 có 80% thôn đạt danh hiệu cộng đồng học tập.",
			[]tgtWant{
				{70, 0, "%", OpEQ, 2025, "thôn đạt danh hiệu cộng đồng học tập", "cong_dong_hoc_tap"},
				{80, 0, "%", OpEQ, 2030, "thôn đạt danh hiệu cộng đồng học tập", "cong_dong_hoc_tap"},
			}},
		{"a report's goal beside its result",
			"II. CHỈ TIÊU CỤ THỂ NĂM 2024\n- Tỷ lệ gia đình học tập: chỉ tiêu 70%; kết quả: đạt 72%.\n- Tỷ lệ dòng họ học tập đạt 60%, kết quả thực hiện đạt 65%, kết quả 66%.",
			[]tgtWant{
				{70, 0, "%", OpEQ, 2024, "Tỷ lệ gia đình học tập", "gia_dinh_hoc_tap"},
				{60, 0, "%", OpEQ, 2024, "Tỷ lệ dòng họ học tập", "dong_ho_hoc_tap"},
			}},
		{"text without diacritics",
			"II. MUC TIEU DEN NAM 2025\n- Khoang 65% dan so tu 15 tuoi tro len duoc dao tao trinh do chuyen mon ky thuat, trong do 20% dan so co trinh do dai hoc tro len.",
			[]tgtWant{
				{65, 0, "%", OpApprox, 2025, "dan so tu 15 tuoi tro len", "chuyen_mon_ky_thuat"},
				{20, 0, "%", OpEQ, 2025, "dan so co trinh do dai hoc", "trinh_do_dai_hoc"},
			}},
		{"quoted names qualify the subject; the predicate after a semicolon is shared",
			"2.2. Mục tiêu cụ thể đến năm 2030\n- 60% người lao động trong “Gia đình học tập”, “Cộng đồng khu ấp học tập”; 80% cán bộ, công chức trong “Đơn vị học tập” cấp xã đạt danh hiệu “Công dân học tập”.",
			[]tgtWant{
				{60, 0, "%", OpEQ, 2030, "người lao động", "cong_dan_hoc_tap"},
				{80, 0, "%", OpEQ, 2030, "cán bộ, công chức", "cong_dan_hoc_tap"},
			}},
		{"a toned word is not its folded twin: 'điện tử' holds no 'từ'",
			"II. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%; tỷ lệ bao phủ bảo hiểm y tế đạt 95,15% dân số.\n- Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử đạt 90% trở lên.",
			[]tgtWant{
				{90, 0, "%", OpEQ, 2025, "hồ sơ sức khỏe điện tử", "-"},
				{95.15, 0, "%", OpEQ, 2025, "tỷ lệ bao phủ bảo hiểm y tế", "bao_hiem_y_te"},
				{90, 0, "%", OpGE, 2025, "hồ sơ sức khỏe điện tử", "-"},
			}},
		{"a goal time opening the sentence is its year, not its indicator",
			"II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Phấn đấu đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.\n- Năm 2026, tỷ lệ trường mầm non đạt chuẩn quốc gia đạt 65%.\na) Đến năm 2025 tỷ lệ gia đình đạt danh hiệu “Gia đình học tập” đạt 75 %.",
			[]tgtWant{
				{75, 0, "%", OpEQ, 2030, "tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
				{35, 0, "%", OpEQ, 2030, "có bằng cấp, chứng chỉ", "lao_dong_co_bang_cap"},
				{65, 0, "%", OpEQ, 2026, "tỷ lệ trường mầm non", "truong_chuan_quoc_gia"},
				{75, 0, "%", OpEQ, 2025, "tỷ lệ gia đình đạt danh hiệu", "gia_dinh_hoc_tap"},
			}},
		{"a yearly count after a total shares its indicator",
			"II. MỤC TIÊU\n2. Mục tiêu giai đoạn 2021-2025\n- Giải quyết việc làm cho khoảng 25.000 lao động, bình quân mỗi năm 5.000 lao động;\n- Tỷ lệ thất nghiệp khu vực thành thị dưới 3%.",
			[]tgtWant{
				{25000, 0, "lao động", OpApprox, 2025, "Giải quyết việc làm cho lao động", "viec_lam_moi"},
				{5000, 0, "lao động/năm", OpEQ, 2025, "Giải quyết việc làm cho lao động", "viec_lam_moi"},
				{3, 0, "%", OpLE, 2025, "thất nghiệp", "that_nghiep_thanh_thi"},
			}},
		{"'trở lên' closes the phrase before the lead words",
			"II. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Giảm tỷ lệ sinh con thứ 3 trở lên bình quân 0,2%/năm.",
			[]tgtWant{{0.2, 0, "%/năm", OpDecrease, 2025, "sinh con thứ 3 trở lên", "-"}}},
		{"a count's noun named before the number is not repeated; a flattened table row",
			"II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2025\n- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt trên 95%;\n- Số bác sĩ trên 10.000 dân đạt 12 bác sĩ.\nIII. CHỈ TIÊU PHẤN ĐẤU\nSố trường đạt chuẩn quốc gia | 25 trường",
			[]tgtWant{
				{95, 0, "%", OpGE, 2025, "tiêm chủng đầy đủ", "tiem_chung_day_du"},
				{12, 0, "bác sĩ", OpEQ, 2025, "Số bác sĩ trên 10.000 dân", "bac_si_van_dan"},
				{25, 0, "trường", OpEQ, 0, "Số trường đạt chuẩn quốc gia", "truong_chuan_quoc_gia"},
			}},
		{"a numbered item that opens with its number",
			"II. CHỈ TIÊU NĂM 2026\n4. Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân còn 8,5%.\n5. 100% trẻ 6 tuổi được huy động vào lớp 1.",
			[]tgtWant{
				{8.5, 0, "%", OpLE, 2026, "suy dinh dưỡng thể nhẹ cân", "suy_dinh_duong_nhe_can"},
				{100, 0, "%", OpEQ, 2026, "trẻ 6 tuổi được huy động vào lớp 1", "tre_6_tuoi_vao_lop_1"},
			}},
		{"how often a task is done is no target; per-person units",
			"II. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Tổ chức tập huấn cho 200 lượt cán bộ làm công tác khuyến học; tuyên truyền 3 lần/tháng.\n- Thu nhập bình quân đầu người khu vực nông thôn đạt 65 triệu đồng/người/năm.",
			[]tgtWant{
				{200, 0, "lượt", OpEQ, 2025, "cán bộ làm công tác khuyến học", "-"},
				{65, 0, "triệu đồng/người/năm", OpEQ, 2025, "Thu nhập bình quân đầu người", "thu_nhap_binh_quan"},
			}},
		{"actor before the number, lexicon object after it",
			"III. NHIỆM VỤ VÀ GIẢI PHÁP\n2. Các xã, thị trấn phấn đấu hằng năm tăng 5% số gia đình học tập.",
			[]tgtWant{{5, 0, "%/năm", OpIncrease, 0, "số gia đình học tập", "gia_dinh_hoc_tap"}}},
		{"age spans of pre-school children name their indicator",
			"II. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Huy động trẻ em 3 - 5 tuổi đến trường đạt 98%, trẻ em từ 6 - 36 tháng tuổi đến nhà trẻ đạt 35%.\n- Huy động 99,5% trẻ 6 tuổi vào lớp 1.",
			[]tgtWant{
				{98, 0, "%", OpEQ, 2025, "3 - 5 tuổi đến trường", "tre_mau_giao_den_truong"},
				{35, 0, "%", OpEQ, 2025, "36 tháng tuổi đến nhà trẻ", "tre_nha_tre_den_truong"},
				{99.5, 0, "%", OpEQ, 2025, "trẻ 6 tuổi vào lớp 1", "tre_6_tuoi_vao_lop_1"},
			}},
		{"plain text: 'trong do co' is 'trong đó có'",
			"MUC TIEU PHAN DAU DEN NAM 2030\n- Ty le lao dong qua dao tao dat 80%, trong do co bang cap, chung chi dat 40%;",
			[]tgtWant{
				{80, 0, "%", OpEQ, 2030, "Ty le lao dong qua dao tao", "lao_dong_qua_dao_tao"},
				{40, 0, "%", OpEQ, 2030, "co bang cap, chung chi", "lao_dong_co_bang_cap"},
			}},
		{"a year before a number is its own and holds for the numbers after it",
			"II. MỤC TIÊU\n2. Chỉ tiêu cụ thể\n- Tỷ lệ lao động qua đào tạo: năm 2024 đạt 68%, năm 2025 đạt 70%.\nIII. MỤC TIÊU ĐẾN NĂM 2025\n- Tỷ lệ lao động qua đào tạo năm 2020 đạt 65%, 60% dòng họ học tập, năm 2025 đạt 75%.",
			[]tgtWant{
				{68, 0, "%", OpEQ, 2024, "Tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
				{70, 0, "%", OpEQ, 2025, "Tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
				{75, 0, "%", OpEQ, 2025, "Tỷ lệ lao động qua đào tạo", "lao_dong_qua_dao_tao"},
			}},
		{"a goal year holds for the later clauses of its sentence",
			"I. MỤC TIÊU\nPhấn đấu đến năm 2025 có 90% số xã đạt tiêu chí về giáo dục; 95% người dân nông thôn được sử dụng nước sạch. 80% người dân có danh tính số.",
			[]tgtWant{
				{90, 0, "%", OpEQ, 2025, "số xã đạt tiêu chí về giáo dục", "-"},
				{95, 0, "%", OpEQ, 2025, "nước sạch", "nuoc_sach"},
				{80, 0, "%", OpEQ, 0, "danh tính số", "danh_tinh_so"},
			}},
		{"a bare number after a comma restates the indicator; ở mức; so với năm",
			"II. NHIỆM VỤ TRỌNG TÂM NĂM 2025\n1. Chỉ tiêu\n- Tỷ lệ hộ nghèo giảm 0,5%, còn dưới 1,6%;\n- Tỷ lệ che phủ rừng ở mức 45%.\n- Tăng 10% so với năm 2020 số người được công nhận Công dân học tập.",
			[]tgtWant{
				{0.5, 0, "%", OpDecrease, 2025, "Tỷ lệ hộ nghèo", "ho_ngheo"},
				{1.6, 0, "%", OpLE, 2025, "Tỷ lệ hộ nghèo", "ho_ngheo"},
				{45, 0, "%", OpEQ, 2025, "Tỷ lệ che phủ rừng", "che_phu_rung"},
				{10, 0, "%", OpIncrease, 2025, "số người được công nhận Công dân học tập", "cong_dan_hoc_tap"},
			}},
		{"achieved result in a target section",
			"I. MỤC TIÊU ĐẾN NĂM 2025\n- Tỷ lệ gia đình học tập năm 2020 đạt 85%.\n- Tỷ lệ gia đình học tập đạt 90%.",
			[]tgtWant{{90, 0, "%", OpEQ, 2025, "gia đình học tập", "gia_dinh_hoc_tap"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(Input{Text: tt.text})
			tgtCheck(t, d.Targets, tt.want)
		})
	}
}

// TestTargetsNone holds passages whose numbers are not targets.
func TestTargetsNone(t *testing.T) {
	x := tgtExtractor(t)
	tests := []struct{ name, text string }{
		{"review section: achieved results",
			"I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016 - 2020\n1. Kết quả đạt được\n- Năm 2020 toàn tỉnh đạt 85% gia đình học tập, 70% dòng họ học tập.\nII. MỤC TIÊU\n1. Mục tiêu chung\nXây dựng xã hội học tập."},
		{"assessment section",
			"II. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN\n- Tỷ lệ lao động qua đào tạo đạt 65,5%, vượt 2,5% so với kế hoạch."},
		{"counts of documents in a task list",
			"III. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền\n- Tổ chức 04 hội nghị quán triệt; xây dựng 04 mô hình học tập; in 1.000 tờ rơi."},
		{"percentages in a decree's conditions",
			"Điều 5. Điều kiện\na) Có vốn chủ sở hữu ít nhất bằng 30% của tổng mức đầu tư dự án đầu tư khai thác khoáng sản (không bao gồm thuế giá trị gia tăng VAT);\n2. Doanh nghiệp kinh doanh dịch vụ lai dắt tàu biển có tỷ lệ phần vốn góp không vượt quá 49% vốn điều lệ của doanh nghiệp."},
		{"technical parameters are no plan targets",
			"3.4.4. Chỉ tiêu thuốc nổ, phương pháp nổ mìn\nq1 - chỉ tiêu thuốc nổ khi nổ mìn lần 1, q = 0,3kg/m3\nKíp nổ điện số 8: Sử dụng để nổ mìn phá đá quá cỡ, với tỷ lệ 5% đá quá cỡ là 6.134m3."},
		{"a report's result sentence",
			"Năm 2025, đã đôn đốc thu hồi về tài khoản tạm giữ của Thanh tra tỉnh với số tiền 5.373,4/5.373,4 triệu đồng, đạt 100% tỷ lệ thu hồi sau thanh tra."},
		{"a task's stated aim opens no target list",
			"III. NHIỆM VỤ\n1. Tuyên truyền\nMục tiêu: nâng cao nhận thức của người dân về học tập suốt đời.\n- Tổ chức 04 hội nghị cho 200 người.\n- Hỗ trợ 30% kinh phí in tài liệu."},
		{"a resolution's threshold near 'trước năm' without a year",
			"III. ĐIỀU KIỆN\nd) Thị phần kết hợp của các doanh nghiệp dự định tham gia tập trung kinh tế từ 20% trở lên trên thị trường liên quan trong năm tài chính liền kề trước năm dự kiến thực hiện tập trung kinh tế."},
		{"funding share in a task",
			"IV. KINH PHÍ\n- Ngân sách tỉnh hỗ trợ 50% kinh phí mua sắm tài liệu."},
		{"section numbers, ages and levels in a target section",
			"II. MỤC TIÊU\n2.1. Mục tiêu đến năm 2025\n+ Duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3;\n+ Đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo 3 và 4 tuổi; 100 năm ngày sinh."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(Input{Text: tt.text})
			for _, g := range d.Targets {
				t.Errorf("unexpected target %v %s %s %q", g.Value, g.Unit, g.Op, g.Indicator)
			}
		})
	}
}

// tgtCheck compares got with want in order.
func tgtCheck(t *testing.T, got []Target, want []tgtWant) {
	t.Helper()
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("got %v %s %s year=%v %q", g.Value, g.Unit, g.Op, tgtYearOf(g), g.Indicator)
		}
		t.Fatalf("got %d targets, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Value != w.value || g.Unit != w.unit || g.Op != w.op || tgtYearOf(g) != w.year {
			t.Errorf("target %d = %v %q %s year=%d, want %v %q %s year=%d", i, g.Value, g.Unit, g.Op, tgtYearOf(g), w.value, w.unit, w.op, w.year)
		}
		if w.max != 0 && (g.ValueMax == nil || *g.ValueMax != w.max) || w.max == 0 && g.ValueMax != nil {
			t.Errorf("target %d value_max = %v, want %v", i, g.ValueMax, w.max)
		}
		if !strings.Contains(g.Indicator, w.ind) {
			t.Errorf("target %d indicator %q does not contain %q", i, g.Indicator, w.ind)
		}
		if w.key != "-" && g.Key != w.key {
			t.Errorf("target %d key = %q, want %q (indicator %q)", i, g.Key, w.key, g.Indicator)
		}
		if g.Text == "" {
			t.Errorf("target %d has no sentence", i)
		}
	}
}

func tgtYearOf(g Target) int {
	if g.Year == nil {
		return 0
	}
	return *g.Year
}

// TestIndicatorExamples checks that every lexicon entry's example resolves
// to its own key, so a new data row is tested by being written.
func TestIndicatorExamples(t *testing.T) {
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.Indicators) == 0 {
		t.Fatal("no indicators in the builtin rules")
	}
	r := newTargetRules(rs)
	for _, ind := range rs.Indicators {
		if ind.Example == "" {
			t.Errorf("indicators.tsv:%d: %s has no example", ind.Line, ind.Key)
			continue
		}
		if got := r.key(ind.Example, ""); got != ind.Key {
			t.Errorf("indicators.tsv:%d: example %q resolves to %q, want %q", ind.Line, ind.Example, got, ind.Key)
		}
	}
}

func TestIndicatorKey(t *testing.T) {
	r := newTargetRules(mustRules(t))
	tests := []struct{ ind, tail, want string }{
		{"gia đình được công nhận đạt danh hiệu “GIA ĐÌNH HỌC TẬP”", "", "gia_dinh_hoc_tap"},
		{"gia dinh duoc cong nhan Gia dinh hoc tap", "", "gia_dinh_hoc_tap"},
		{"người lao động trong “Gia đình học tập”, “Cộng đồng học tập”", " trên địa bàn đạt danh hiệu “Công dân học tập”", "cong_dan_hoc_tap"},
		{"người lao động trong “Gia đình học tập”", "", ""},
		{"dân số có trình độ chuyên môn kĩ thuật", "", "chuyen_mon_ky_thuat"},
		{"trẻ mẫu giáo 5 tuổi được huy động đến trường", "", "tre_5_tuoi_den_truong"},
		{"số km đường giao thông nông thôn được cứng hóa", "", ""},
	}
	for _, tt := range tests {
		if got := r.key(tt.ind, tt.tail); got != tt.want {
			t.Errorf("key(%q, %q) = %q, want %q", tt.ind, tt.tail, got, tt.want)
		}
	}
}

func mustRules(t testing.TB) *rules.Set {
	t.Helper()
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0,3", 0.3, true}, {"1.000", 1000, true}, {"12.500.000", 12500000, true},
		{"1.250,5", 1250.5, true}, {"2.5", 2.5, true}, {"70", 70, true},
		{"2.1.3", 0, false}, {"1,2,3", 0, false}, {"Inf", 0, false}, {"1e400", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, ok := tgtParseValue(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("tgtParseValue(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		title    string
		from, to int
	}{
		{"Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn xã Cẩm Thành", 2021, 2030},
		{"Thực hiện Phong trào thi đua xây dựng xã hội học tập giai đoạn 2023 - 2030 trên địa bàn huyện Cần Đước", 2023, 2030},
		{"Phát triển giáo dục nghề nghiệp từ năm 2021 đến năm 2025", 2021, 2025},
		{"Kế hoạch tuyển sinh năm 2024", 2024, 2024},
		{"V/v triển khai thực hiện Chỉ thị số 14/CT-TTg ngày 25/5/2021 của Thủ tướng Chính phủ", 0, 0},
		{"Thực hiện Quyết định ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ", 0, 0},
		{"Thực hiện Kết luận 49-KL/TW về tiếp tục thực hiện Chỉ thị 11-CT/TW", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		p := tgtPeriod(tt.title)
		from, to := 0, 0
		if p.From != nil {
			from = *p.From
		}
		if p.To != nil {
			to = *p.To
		}
		if from != tt.from || to != tt.to {
			t.Errorf("tgtPeriod(%q) = %d-%d, want %d-%d", tt.title, from, to, tt.from, tt.to)
		}
	}
}

func TestPeriodLead(t *testing.T) {
	tests := []struct {
		text     string
		from, to int
	}{
		{"Thực hiện Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt chương trình “Đẩy mạnh phong trào học tập suốt đời giai đoạn 2021 - 2030”. Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chương trình “Đẩy mạnh phong trào học tập suốt đời giai đoạn 2022 - 2030” trên địa bàn tỉnh như sau:\nI. MỤC TIÊU\n", 2022, 2030},
		{"Thực hiện Quyết định số 489/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ về Đề án giai đoạn 2021-2030.\n1. Xác định các nội dung\n", 0, 0},
		{"I. MỤC TIÊU\nỦy ban nhân dân huyện ban hành Kế hoạch giai đoạn 2021-2025.", 0, 0},
	}
	for _, tt := range tests {
		p := tgtPeriodLead(newText(tt.text))
		from, to := 0, 0
		if p.From != nil {
			from, to = *p.From, *p.To
		}
		if from != tt.from || to != tt.to {
			t.Errorf("tgtPeriodLead(%.60q…) = %d-%d, want %d-%d", tt.text, from, to, tt.from, tt.to)
		}
	}
}
