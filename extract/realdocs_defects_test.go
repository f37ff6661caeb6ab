package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// TestRealDocsHeaderDefects pins header, issuer and signer fields of real
// documents that once came out wrong: a permit's title running on into
// the authority line under it, a certificate naming its body under the
// title and signing above a long annex, an agency name from an all-caps
// header line cased wrong, a Phòng's abbreviation left unexpanded, a
// company's plan given a level without an issuer. The documents are read
// with the test-only docx conversion (see docxText).
func TestRealDocsHeaderDefects(t *testing.T) {
	if _, err := os.Stat(realDocsDir); err != nil {
		t.Skipf("%s absent: heavy check skipped", realDocsDir)
	}
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(rs)
	tests := []struct {
		file                  string
		title, issuer         string
		level, province       string
		signer, authority     string
		noRecipientWithoutTxt bool
	}{
		{file: "GP-goi-thau-so-13.docx", title: "Sử dụng vật liệu nổ công nghiệp", issuer: "Ủy ban nhân dân tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", signer: "Nguyễn Thành Sinh", authority: "KT. Chủ tịch"},
		{file: "GP-thuy-dien-Hom-Duoi.docx", title: "Sử dụng vật liệu nổ công nghiệp", issuer: "Ủy ban nhân dân tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", signer: "Nguyễn Thành Sinh", authority: "KT. Chủ tịch"},
		{file: "giay-chung-nhan-attp-winmart.docx", title: "Cơ sở đủ điều kiện an toàn thực phẩm", issuer: "Sở Công Thương tỉnh Lào Cai",
			level: "tinh", province: "Lào Cai", signer: "Nguyễn Đình Chiến", authority: "KT. Giám đốc"},
		{file: "08-cong-van-noi-bo-phong.docx", title: "", issuer: "Phòng Quản lý công nghiệp",
			level: "tinh", province: "Lào Cai", signer: "Nguyễn Hữu Long", noRecipientWithoutTxt: true},
		{file: "PANM-Mong-Son-chinh-sua-2026.docx", title: "Nổ mìn"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text, err := docxText(filepath.Join(realDocsDir, tt.file))
			if err != nil {
				t.Skipf("%s: %v", tt.file, err)
			}
			d := x.Extract(extract.Input{Text: text})
			check := func(field, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", d.Title, tt.title)
			check("issuer.name", d.Issuer.Name, tt.issuer)
			check("issuer.level", d.Issuer.Level, tt.level)
			check("issuer.province", d.Issuer.Province, tt.province)
			name, auth := "", ""
			if len(d.Signers) > 0 {
				name, auth = d.Signers[0].Name, d.Signers[0].Authority
			}
			check("signer", name, tt.signer)
			check("authority", auth, tt.authority)
			if tt.noRecipientWithoutTxt {
				for _, r := range d.Recipients {
					if len([]rune(r)) < 3 || r[0] == 0xE2 {
						t.Errorf("recipient %q is a template's blank", r)
					}
				}
			}
		})
	}
}
