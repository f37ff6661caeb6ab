package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadTXTFixtures reads the files of testdata/enc (one document in
// several encodings, as a researcher's disk holds them) and testdata/txt
// (Markdown conversions) through ReadFile, and compares each with the
// expected normalized text beside it (<name>.want).
func TestReadTXTFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/enc/*.txt")
	md, _ := filepath.Glob("testdata/txt/*.md")
	files = append(files, md...)
	if len(files) < 6 {
		t.Fatalf("found %d fixtures in testdata/enc and testdata/txt", len(files))
	}
	for _, f := range files {
		doc, _, _ := strings.Cut(filepath.Base(f), ".")
		want, err := os.ReadFile(filepath.Join(filepath.Dir(f), doc+".want"))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		got, err := ReadFile(t.Context(), f, Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		// the name says the encoding: "ke-hoach.tcvn3.txt"
		base := filepath.Base(f)
		if parts := strings.Split(base, "."); len(parts) == 3 && parts[1] != got.Encoding {
			t.Errorf("%s: encoding %s, want %s", f, got.Encoding, parts[1])
		}
		w := strings.TrimSuffix(string(want), "\n")
		g := got.Text
		if strings.Contains(base, ".tcvn3.") {
			g, w = strings.ToLower(g), strings.ToLower(w)
		}
		if g != w {
			t.Errorf("%s: text differs from the .want file at line %d", f, normFirstDiff(g, w))
		}
	}
}

func TestReadTXTBad(t *testing.T) {
	cases := map[string][]byte{
		"empty":  nil,
		"blank":  []byte(" \n\t\n"),
		"binary": []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00\x01\x00\x00\x00"),
	}
	for name, b := range cases {
		_, err := Read(t.Context(), name+".txt", b, Options{})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !errors.Is(err, ErrNoText) && !errors.Is(err, ErrUndecodable) {
			t.Errorf("%s: %v, want ErrNoText or ErrUndecodable", name, err)
		}
		if !strings.Contains(err.Error(), name+".txt") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}

func FuzzReadTXT(f *testing.F) {
	f.Add([]byte("ỦY\nBAN NHÂN DÂN |\n**KẾ HOẠCH**\n"))
	f.Add(encodeLegacy(EncTCVN3, "Kế hoạch thực hiện Đề án"))
	f.Add(encodeLegacy(EncVNI, "Kế hoạch thực hiện Đề án"))
	f.Add([]byte("\xff\xfeK\x00\xbf\x1e"))
	f.Add([]byte("\xef\xbb\xbfKáº¿ hoáº¡ch"))
	f.Add([]byte("| **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH** | **A** **B** |\n|---|---|\nGD&amp;ĐT<BR/>x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"x.txt", "x.md"} {
			tx, err := Read(t.Context(), name, b, Options{})
			if err != nil {
				continue
			}
			if tx.Text == "" || Normalize(tx.Text) != tx.Text {
				t.Fatalf("%s: text not normalized: %q", name, tx.Text)
			}
			if len(tx.Text) > 4*len(b)+16 {
				t.Fatalf("%s: %d bytes of text from %d", name, len(tx.Text), len(b))
			}
		}
	})
}

// TestMDUnfold checks what converters leave in Markdown: cells holding
// several paragraphs (by <br> or as bold runs) read cell after cell, other
// rows stay rows, <br> elsewhere breaks the line, entities are decoded.
func TestMDUnfold(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"signature cell with <br>",
			"| **Nơi nhận:**<br>- UBND tỉnh;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Nguyễn Văn Tám** |",
			"**Nơi nhận:**\n- UBND tỉnh;\n- Lưu: VT.\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n**Nguyễn Văn Tám**"},
		{"header cells as bold runs",
			"| **ỦY BAN NHÂN DÂN** **HUYỆN CHÂU THÀNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** |",
			"**ỦY BAN NHÂN DÂN**\n**HUYỆN CHÂU THÀNH**\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**"},
		{"a data row stays a row", "| 1 | **Gia đình học tập** | 70% |", "| 1 | **Gia đình học tập** | 70% |"},
		{"bold and plain text in one cell is one paragraph", "| **Nơi nhận:** - UBND tỉnh; | x |", "| **Nơi nhận:** - UBND tỉnh; | x |"},
		{"line break and entities in a paragraph", "Sở GD&amp;ĐT<br/>Phòng GD&ĐT&nbsp;huyện", "Sở GD&ĐT\nPhòng GD&ĐT\u00a0huyện"},
		{"other tags kept", "a <sup>2</sup> b", "a <sup>2</sup> b"},
	}
	for _, c := range cases {
		if got := mdUnfold(c.in); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestTXTMakeFixtures rewrites, with -update, the legacy-encoded copies of
// testdata/enc/cong-van-1178.utf-8.txt (pdftotext -layout output of a real
// letter) and the .want file all of them must read back to.
func TestTXTMakeFixtures(t *testing.T) {
	if !*normUpdate {
		t.Skip("run with -update to rewrite testdata/enc")
	}
	src, err := os.ReadFile("testdata/enc/cong-van-1178.utf-8.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := Normalize(string(src))
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join("testdata", "enc", name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("cong-van-1178.want", []byte(want+"\n"))
	for _, enc := range []string{EncTCVN3, EncVNI, EncCP1258, EncVISCII} {
		write("cong-van-1178."+enc+".txt", encodeLegacy(enc, want))
	}
	write("cong-van-1178.utf-16.txt", decUTF16Bytes(want, false, true))
	write("cong-van-1178.utf-8-as-cp1252.txt", []byte(decAsCP1252(want)))
}
