package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// agUnseenWant lists, for plans written in the style of other provinces
// (testdata/agencies/unseen, 2021–2026, merged departments, wards, Party
// bodies, pdftotext-wrapped lines), bodies by key with their role and the
// least number of tasks they must be given.
var agUnseenWant = map[string]map[string]struct {
	role  string
	tasks int
}{
	"p01.txt": {"so_giao_duc_va_dao_tao": {RoleLead, 2}, "so_noi_vu": {RoleLead, 2}, "so_nong_nghiep_va_moi_truong": {RoleLead, 1},
		"so_dan_toc_va_ton_giao": {RoleLead, 1}, "so_khoa_hoc_va_cong_nghe": {RoleLead, 1}, "hoi_nong_dan": {RoleCoordinate, 0},
		"uy_ban_mat_tran_to_quoc_viet_nam": {RoleLead, 1}, "hoi_khuyen_hoc": {RoleLead, 2}, "uy_ban_nhan_dan": {RoleLead, 1},
		"bo_giao_duc_va_dao_tao": {RoleRecipient, 0}, "bao_va_phat_thanh_truyen_hinh": {RoleCoordinate, 0}},
	"p02.txt": {"phong_van_hoa_xa_hoi": {RoleLead, 2}, "trung_tam_cung_ung_dich_vu_cong": {RoleCoordinate, 0},
		"phong_kinh_te_ha_tang_va_do_thi": {RoleLead, 1}, "van_phong_hoi_dong_nhan_dan_va_uy_ban_nhan_dan": {RoleLead, 1},
		"hoi_lien_hiep_phu_nu": {RoleLead, 1}, "doan_thanh_nien_cong_san_ho_chi_minh": {RoleLead, 1}, "hoi_cuu_chien_binh": {RoleLead, 1},
		"cong_chuc_van_hoa_xa_hoi": {RoleLead, 1}},
	"p03.txt": {"ban_tuyen_giao_va_dan_van": {RoleLead, 1}, "so_van_hoa_the_thao_va_du_lich": {RoleCoordinate, 0},
		"lien_doan_lao_dong": {RoleLead, 1}, "tinh_doan": {RoleLead, 1}, "bao_nghe_an": {RoleLead, 1}, "dai_phat_thanh_va_truyen_hinh": {RoleLead, 1}},
	"p04.txt": {"phong_noi_vu": {RoleRecipient, 0}, "phong_tai_chinh_ke_hoach": {RoleRecipient, 0},
		"phong_lao_dong_thuong_binh_va_xa_hoi": {RoleRecipient, 0}, "uy_ban_nhan_dan": {RoleRecipient, 0}},
	"p05.txt": {"phong_van_hoa_va_thong_tin": {RoleLead, 1}, "phong_tai_chinh_ke_hoach": {RoleLead, 1}, "cong_an": {RoleLead, 1}},
	"p06.txt": {"so_y_te": {RoleLead, 1}, "so_tai_chinh": {RoleLead, 1}, "bao_hiem_xa_hoi": {RoleLead, 1},
		"ban_dan_toc": {RoleLead, 1}, "ngan_hang_chinh_sach_xa_hoi": {RoleLead, 1}},
	"p07.txt": {"cong_chuc_van_hoa_xa_hoi": {RoleLead, 2}, "cong_chuc_tai_chinh_ke_toan": {RoleLead, 1}, "cong_an": {RoleLead, 1}},
	"p08.txt": {"so_cong_thuong": {RoleLead, 1}, "so_khoa_hoc_va_cong_nghe": {RoleCoordinate, 0}, "dai_phat_thanh_va_truyen_hinh": {RoleLead, 1},
		"bao_bac_ninh": {RoleLead, 1}, "ban_quan_ly_cac_khu_cong_nghiep": {RoleLead, 1}, "lien_minh_hop_tac_xa": {RoleLead, 1},
		"hoi_doanh_nhan_tre": {RoleLead, 1}},
	"p09.txt": {"so_lao_dong_thuong_binh_va_xa_hoi": {RoleLead, 1}, "bo_lao_dong_thuong_binh_va_xa_hoi": {RoleAssigned, 0},
		"so_giao_duc_va_dao_tao": {RoleLead, 1}, "tinh_doan": {RoleCoordinate, 0}, "phong_giao_duc_va_dao_tao": {RoleAssigned, 0}},
	"p10.txt": {"ban_tuyen_giao_va_dan_van": {RoleLead, 1}, "van_phong_thanh_uy": {RoleCoordinate, 0}, "ban_to_chuc": {RoleCoordinate, 0},
		"uy_ban_kiem_tra": {RoleLead, 1}},
	"p11.txt": {"trung_tam_giao_duc_nghe_nghiep_giao_duc_thuong_xuyen": {RoleRecipient, 0}, "bo_giao_duc_va_dao_tao": {RoleMentioned, 0}},
	"p12.txt": {"so_van_hoa_the_thao_va_du_lich": {RoleLead, 2}, "so_xay_dung": {RoleLead, 1}, "so_ngoai_vu": {RoleLead, 1},
		"uy_ban_nhan_dan": {RoleLead, 1}, "phong_van_hoa_va_thong_tin": {RoleAssigned, 0}},
	"p13.txt": {"so_nong_nghiep_va_phat_trien_nong_thon": {RoleLead, 1}, "so_tai_nguyen_va_moi_truong": {RoleCoordinate, 0},
		"chi_cuc_thuy_loi": {RoleAssigned, 0}, "hoi_nong_dan": {RoleLead, 1}, "lien_minh_hop_tac_xa": {RoleLead, 1}, "trung_tam_khuyen_nong": {RoleLead, 1}},
	"p14.txt": {"so_giao_duc_va_dao_tao": {RoleRecipient, 0}, "hoi_khuyen_hoc": {RoleCoordinate, 0}, "thu_tuong_chinh_phu": {RoleMentioned, 0}},
	"p15.txt": {"phong_giao_duc_va_dao_tao": {RoleLead, 1}, "hoi_khuyen_hoc": {RoleCoordinate, 0}, "trung_tam_van_hoa_thong_tin_va_the_thao": {RoleAssigned, 0},
		"huyen_doan": {RoleLead, 1}, "hoi_lien_hiep_phu_nu": {RoleLead, 1}, "hoi_cuu_chien_binh": {RoleLead, 1}, "lien_doan_lao_dong": {RoleLead, 1}},
	"p16.txt": {"so_giao_duc_va_dao_tao": {RoleLead, 2}, "uy_ban_nhan_dan": {RoleAssigned, 0}, "dai_phat_thanh_va_truyen_hinh": {RoleLead, 1},
		"bao_phu_tho": {RoleLead, 1}, "uy_ban_mat_tran_to_quoc_viet_nam": {RoleLead, 1}},
}

// TestAgenciesUnseenPlans checks keys, roles and tasks on plans the rules
// were not written from.
func TestAgenciesUnseenPlans(t *testing.T) {
	e := New(agTestRulesSet(t))
	for f, want := range agUnseenWant {
		b, err := os.ReadFile(filepath.Join("testdata/agencies/unseen", f))
		if err != nil {
			t.Fatal(err)
		}
		format := "txt"
		d := e.Extract(Input{Text: string(b), Source: Source{Format: format}})
		got := map[string]Agency{}
		for _, a := range d.Agencies {
			got[a.Key] = a
		}
		for k, w := range want {
			a, ok := got[k]
			switch {
			case !ok:
				t.Errorf("%s: %s not found", f, k)
			case a.Role != w.role:
				t.Errorf("%s: %s (%s) role %q, want %q", f, k, a.Name, a.Role, w.role)
			case len(a.Tasks) < w.tasks:
				t.Errorf("%s: %s: %d tasks, want at least %d", f, k, len(a.Tasks), w.tasks)
			}
		}
	}
}
