package corpus

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// wordNeedTool skips a test when neither converter is installed (.ci/run
// installs antiword).
func wordNeedTool(t testing.TB) {
	t.Helper()
	for _, tool := range wordTools {
		if _, err := exec.LookPath(tool.name); err == nil {
			return
		}
	}
	t.Skip("neither antiword nor catdoc is installed (apt-get install antiword)")
}

func wordFixture(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "doc", "CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc"))
	if err != nil {
		t.Fatalf("doc fixture: %v", err)
	}
	return b
}

// TestReadDOCReal reads a real letter of the Chemicals Agency saved by
// Word 2003.
func TestReadDOCReal(t *testing.T) {
	data := wordFixture(t)
	wordNeedTool(t)
	tx, err := Read(context.Background(), "cv.doc", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/HC-QLHC",
		"Kính gửi: Công ty Cổ phần Logistic Việt Trung",
		"Nghị định số 161/2024/NĐ-CP ngày 18 tháng 12 năm 2024",
	} {
		if !strings.Contains(tx.Text, want) {
			t.Errorf("%q missing from:\n%s", want, firstLines(tx.Text, 20))
		}
	}
	if tx.Format != FormatDOC || tx.Encoding != EncUTF8 {
		t.Errorf("format %q encoding %q", tx.Format, tx.Encoding)
	}
}

// TestReadDOCNoTool checks the error that names the packages to install.
func TestReadDOCNoTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Read(context.Background(), "cv.doc", wordFixture(t), Options{})
	if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "apt-get install antiword") {
		t.Fatalf("error %v, want ErrUnsupported naming the Debian package", err)
	}
}

// TestReadDOCBroken checks that a damaged file gives an error, not a crash
// or an empty text.
func TestReadDOCBroken(t *testing.T) {
	wordNeedTool(t)
	data := wordFixture(t)
	for _, b := range [][]byte{data[:600], data[:len(data)/3], []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1garbage")} {
		tx, err := Read(context.Background(), "bad.doc", b, Options{})
		if err == nil {
			if strings.TrimSpace(tx.Text) == "" {
				t.Fatal("no error and no text")
			}
			continue
		}
		if errors.Is(err, ErrPanic) || errors.Is(err, ErrTimeout) {
			t.Fatalf("reader crashed or hung: %v", err)
		}
	}
}

func FuzzReadDOC(f *testing.F) {
	data := wordFixture(f)
	f.Add(data)
	f.Add(data[:4096])
	f.Fuzz(func(t *testing.T, b []byte) {
		wordNeedTool(t)
		tx, err := readDOC(context.Background(), b, Options{})
		if err == nil && tx == nil {
			t.Fatal("no text and no error")
		}
	})
}
