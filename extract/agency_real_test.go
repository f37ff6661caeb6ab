package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// agRealWant lists bodies each real document in testdata/agencies names,
// by key, with the role they must have ("" = any).
var agRealWant = map[string]map[string]string{
	"ubnd-thong-bao-ket-luan.txt": {
		"so_cong_thuong": RoleLead, "so_tai_chinh": RoleLead, "so_xay_dung": RoleLead,
		"so_nong_nghiep_va_moi_truong": RoleLead, "so_noi_vu": RoleLead,
		"uy_ban_nhan_dan": RoleLead, "ban_quan_ly_khu_kinh_te": "", "ban_thuong_vu": "",
	},
	"sct-bao-cao-atvsld.txt": {
		"cuc_ky_thuat_an_toan_va_moi_truong_cong_nghiep": RoleRecipient, "so_noi_vu": RoleRecipient,
		"lien_doan_lao_dong": RoleCoordinate, "hoi_dong_an_toan_ve_sinh_lao_dong": "", "so_cong_thuong": "",
	},
	"ubnd-bao-cao-khoang-san.txt": {
		"bo_nong_nghiep_va_moi_truong": RoleRecipient, "bo_tai_nguyen_va_moi_truong": "",
		"so_nong_nghiep_va_moi_truong": "", "cuc_dia_chat_va_khoang_san_viet_nam": "",
	},
	"ubnd-cong-van-khoang-san.txt": {
		"uy_ban_nhan_dan": RoleLead, "cong_an": RoleLead, "bo_chi_huy_quan_su": RoleLead,
		"so_nong_nghiep_va_moi_truong": RoleLead, "so_cong_thuong": RoleLead,
	},
	"nd-112-2021-pdftotext.txt": {
		"bo_lao_dong_thuong_binh_va_xa_hoi": RoleLead, "bo_ke_hoach_va_dau_tu": RoleCoordinate,
	},
	"nq-66-2026.txt": {
		"bo_tu_phap": RoleLead, "uy_ban_thuong_vu_quoc_hoi": "", "bo_van_hoa_the_thao_va_du_lich": "",
	},
}

// TestAgenciesRealDocuments runs the extractor on real documents (Word
// files and a pdftotext layout with wrapped lines): the bodies listed above
// must be found with their roles, and no name may end in a word that ends
// names (a verb or function word the name ran into) or hold a place in its
// key.
func TestAgenciesRealDocuments(t *testing.T) {
	files, _ := filepath.Glob("testdata/agencies/*.txt")
	if len(files) < len(agRealWant) {
		t.Fatalf("testdata/agencies: %d files, want %d", len(files), len(agRealWant))
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	e := New(set)
	r := e.ag
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d Document
		got := map[string]Agency{}
		for _, a := range e.agencies(newText(string(b)), &d) {
			got[a.Key] = a
			var sc agScratch
			toks := r.tokens(a.Name, &sc)
			if last := len(toks) - 1; last > 0 && (r.words.stopAt(toks, last) || r.words.verbAt(toks, last)) {
				t.Errorf("%s: %q ends in %q", filepath.Base(f), a.Name, toks[last].raw)
			}
			for _, p := range []string{"lao_cai", "yen_bai", "thanh_hoa"} {
				if strings.Contains(a.Key, p) {
					t.Errorf("%s: key %q of %q holds a place", filepath.Base(f), a.Key, a.Name)
				}
			}
			if vn.Fold(a.Name) == "" {
				t.Errorf("%s: empty name %+v", filepath.Base(f), a)
			}
		}
		for k, role := range agRealWant[filepath.Base(f)] {
			a, ok := got[k]
			switch {
			case !ok:
				t.Errorf("%s: %s not found", filepath.Base(f), k)
			case role != "" && a.Role != role:
				t.Errorf("%s: %s role %q, want %q", filepath.Base(f), k, a.Role, role)
			}
		}
	}
}

// BenchmarkAgenciesReal runs the agency finder over the real documents of
// testdata/agencies (Word text and wrapped pdftotext lines).
func BenchmarkAgenciesReal(b *testing.B) {
	files, _ := filepath.Glob("testdata/agencies/*.txt")
	if len(files) == 0 {
		b.Fatal("no files in testdata/agencies")
	}
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	e := New(set)
	var texts []*text
	n := 0
	for _, f := range files {
		buf, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, newText(string(buf)))
		n += len(buf)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			var d Document
			e.agencies(t, &d)
		}
	}
}
