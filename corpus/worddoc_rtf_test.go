package corpus

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

// wordRTFBytes writes b as RTF text: \'xx above ASCII, braces escaped.
func wordRTFBytes(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		switch {
		case c >= 0x80:
			fmt.Fprintf(&sb, `\'%02x`, c)
		case c == '\\' || c == '{' || c == '}':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// wordRTFUnicode writes s as Word does: \uN? for every rune above ASCII.
func wordRTFUnicode(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r < 0x80 {
			sb.WriteRune(r)
			continue
		}
		for _, u := range utf16.Encode([]rune{r}) {
			fmt.Fprintf(&sb, `\u%d?`, int16(u))
		}
	}
	return sb.String()
}

func TestReadRTF(t *testing.T) {
	const body = "Ủy ban nhân dân tỉnh đề nghị các sở, ngành phối hợp thực hiện."
	head := `{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fnil\fcharset0 .VnTime;}{\f2\fnil VNI-Times;}{\f3\froman\fcharset163 Times New Roman;}}` +
		`{\colortbl;\red0\green0\blue0;}{\*\generator Msftedit 5.41;}{\info{\title Ke hoach}{\author Van thu}}{\header \pard Trang 1\par}` + "\r\n" + `\viewkind4\uc1\pard\f0\fs26 `
	cases := []struct {
		name, rtf string
		want      []string
		not       []string
		enc       string
	}{
		{"Unicode escapes, header table cells, paragraphs",
			head + `\trowd\cellx4000\cellx9000 ` + wordRTFUnicode("ỦY BAN NHÂN DÂN") + `\line ` + wordRTFUnicode("TỈNH LÀO CAI") + `\cell ` + wordRTFUnicode("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + `\cell\row\pard ` + wordRTFUnicode("Số: 12/KH-UBND") + `\par ` + wordRTFUnicode(body) + `\par}`,
			[]string{"ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND", body},
			[]string{"Trang 1", "Msftedit", "Ke hoach", "Times New Roman"}, EncUTF8},
		{"TCVN3 bytes in a .VnTime font", head + `{\f1 ` + wordRTFBytes(encodeLegacy(EncTCVN3, body)) + `}\par}`, []string{body}, nil, EncTCVN3},
		{"VNI bytes in a VNI font", head + `{\f2 ` + wordRTFBytes(encodeLegacy(EncVNI, body)) + `}\par}`, []string{body}, nil, EncVNI},
		{"Windows-1258 bytes in a charset 163 font", head + `{\f3 ` + wordRTFBytes(encodeLegacy(EncCP1258, body)) + `}\par}`, []string{body}, nil, EncCP1258},
		{"field instruction dropped, result kept", head + `{\field{\*\fldinst { HYPERLINK "http://x" }}{\fldrslt {Kế hoạch số 5}}}\par}`, []string{"Kế hoạch số 5"}, []string{"HYPERLINK"}, EncUTF8},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx, err := Read(context.Background(), "x.doc", []byte(c.rtf), Options{})
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(tx.Text, "\n")
			at := 0
			for _, w := range c.want {
				found := false
				for ; at < len(lines); at++ {
					if strings.TrimSpace(lines[at]) == w {
						found, at = true, at+1
						break
					}
				}
				if !found {
					t.Fatalf("line %q missing or out of order in:\n%s", w, tx.Text)
				}
			}
			for _, n := range c.not {
				if strings.Contains(tx.Text, n) {
					t.Errorf("%q should not be text:\n%s", n, tx.Text)
				}
			}
			if tx.Encoding != c.enc {
				t.Errorf("encoding %q, want %q", tx.Encoding, c.enc)
			}
		})
	}
}

func FuzzReadRTF(f *testing.F) {
	f.Add([]byte(`{\rtf1\ansi{\fonttbl{\f0 .VnTime;}}\f0 K\'d5 ho\'b9ch\par\u7910?y\cell}`))
	f.Add([]byte(`{\rtf1{{{{\*\x}}}}\bin5 abcde\'`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tx, err := readRTF(context.Background(), data)
		if err != nil {
			return
		}
		if len(tx.Text) > 8*len(data)+16 {
			t.Fatalf("text of %d bytes from %d", len(tx.Text), len(data))
		}
	})
}
