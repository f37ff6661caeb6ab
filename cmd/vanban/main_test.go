package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestHelpStops checks that -h prints a command's usage and stops there with
// exit status 0, before the command opens any data directory.
func TestHelpStops(t *testing.T) {
	for _, cmd := range []string{"text", "extract", "eval", "ingest", "search", "show", "targets", "cites", "export", "serve"} {
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{cmd, "-h", "--data", t.TempDir()}, &out, &errb)
		if code := exitCode(err); code != 0 {
			t.Errorf("%s -h: exit %d (%v)", cmd, code, err)
		}
		if !strings.Contains(errb.String(), "usage: vanban "+cmd) {
			t.Errorf("%s -h: no usage line in %q", cmd, errb.String())
		}
		if strings.Contains(errb.String(), "no index") {
			t.Errorf("%s -h: the command ran after its usage: %q", cmd, errb.String())
		}
	}
}

// TestUnknownCommand checks the exit status of a misspelt command.
func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := exitCode(run(context.Background(), []string{"serch"}, &out, &errb)); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}
