package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	rows := [][]string{
		{"Cẩm Thành", `Kế hoạch "xây dựng xã hội học tập", 2021–2030`, "70"},
		{"Bình Dương", "dòng một\ndòng hai", "60,5"},
	}
	var buf bytes.Buffer
	err := writeCSV(&buf, []string{"locality", "title", "value"}, func(yield func([]string) error) error {
		for _, r := range rows {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufefflocality,title,value\r\n") {
		t.Fatalf("no BOM or CRLF header: %q", out[:min(40, len(out))])
	}
	got, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d records", len(got))
	}
	for i, r := range rows {
		for j := range r {
			// encoding/csv reads a quoted CRLF back as LF.
			if want := strings.ReplaceAll(r[j], "\r\n", "\n"); got[i+1][j] != want {
				t.Errorf("record %d field %d = %q, want %q", i, j, got[i+1][j], want)
			}
		}
	}
}
