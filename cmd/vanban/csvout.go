package main

import (
	"encoding/csv"
	"fmt"
	"io"
)

// writeCSV writes a UTF-8 BOM (so spreadsheets read Vietnamese right), the
// header and the records of each, with RFC 4180 quoting and CRLF lines.
func writeCSV(w io.Writer, header []string, each func(yield func([]string) error) error) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := each(cw.Write); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
