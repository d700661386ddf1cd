;;; regel-mode.el --- Regel: regelfiler (.regel) med farger og språktjener -*- lexical-binding: t -*-

;;; Commentary:
;; En enkel modus for regelfiler: farger for reserverte ord, ja/nei/ukjent, typenavn,
;; kommentarer, tekster, datoer og tall; kommentarer med «#»; innrykk med to mellomrom.
;; Feil mens du skriver, hover, gå til definisjon, endre navn og fullføring kommer fra
;; språktjeneren «regel lsp» gjennom eglot (innebygd fra Emacs 29).
;; Bruk: legg filen i ~/.emacs.d/lisp/ og skriv i init-filen:
;;   (add-to-list 'load-path "~/.emacs.d/lisp")
;;   (require 'regel-mode)
;;   (add-hook 'regel-mode-hook #'eglot-ensure)

;;; Code:

(defconst regel-keywords
  '("alle" "antall" "av" "der" "eller" "ellers" "en" "ett" "faktum" "for" "forvent" "fra"
    "gir" "gitt" "gjelder" "hjemmel" "hvis" "i" "ikke" "importer" "kilde" "liste" "lovtekst"
    "mangler" "minst" "noen" "når" "og" "regel" "spørsmål" "test" "til" "type" "unntak"
    "veiledning" "verdi" "vurdering")
  "De reserverte ordene i Regel, utenom ja, nei og ukjent.
Listen er lexerens; en test holder dem like.")

(defconst regel-constants '("ja" "nei" "ukjent")
  "Sannhetsverdiene i Regel.")

(defconst regel-font-lock-keywords
  ;; Et ord etter punktum er et navn (søknad.til), ikke et reservert ord.
  `((,(concat "\\(?:^\\|[^.]\\)\\_<\\(" (regexp-opt regel-keywords) "\\)\\_>") 1 font-lock-keyword-face)
    (,(concat "\\_<" (regexp-opt regel-constants) "\\_>") . font-lock-constant-face)
    ("\\(?::\\|\\_<av\\) *\\(\\_<\\(?:tall\\|tekst\\|dato\\|varighet\\)\\_>\\)" 1 font-lock-type-face)
    ("\\_<[0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}\\_>" . font-lock-constant-face)
    ("^\\(?:faktum\\|vurdering\\|regel\\|type\\|lovtekst\\) +\\([[:alpha:]_][[:alnum:]_.]*\\)"
     1 font-lock-function-name-face))
  "Farger for `regel-mode'; kommentarer og tekster farges av syntakstabellen.")

;; Samme regel som indentationRules i editors/vscode/language-configuration.json.
(defconst regel-opens-level
  (concat "^\\(?:\\(?:faktum\\|vurdering\\|regel\\|unntak\\|test\\|lovtekst\\) .*"
          "\\|[ ]*\\(?:gitt\\|forvent\\)[ ]*\\(?:#.*\\)?"
          "\\|.*\\(?::\\|[([{,=≠<≤>≥+*/-]\\|[ ]\\(?:og\\|eller\\|ikke\\|der\\)\\)[ ]*\\(?:#.*\\)?\\)$")
  "En linje som gir linjen under ett nivå mer innrykk.")

(defun regel-indent-line ()
  "Rykk inn linjen som linjen over, eller to mellomrom mer hvis den åpner et nivå.
Trykker du Tab igjen, går linjen ett nivå (to mellomrom) tilbake."
  (interactive)
  (let* ((above (save-excursion
                  (beginning-of-line)
                  (if (re-search-backward "^[ ]*[^ #\n]" nil t)
                      (+ (current-indentation) (if (looking-at-p regel-opens-level) 2 0))
                    0)))
         (again (and (eq last-command this-command) (> (current-indentation) 0)))
         (column (if again (max 0 (- (current-indentation) 2)) above))
         (offset (- (current-column) (current-indentation))))
    (indent-line-to column)
    (when (> offset 0) (forward-char offset))))

(defvar regel-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?. "." table)
    (modify-syntax-entry ?§ "." table)
    table)
  "Syntakstabell for `regel-mode'.")

;;;###autoload
(define-derived-mode regel-mode prog-mode "Regel"
  "Modus for regelfiler i Regel."
  :syntax-table regel-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+ *")
  (setq-local font-lock-defaults '(regel-font-lock-keywords))
  ;; Innrykk er to mellomrom; en tabulator i innrykk er en feil (R0110).
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 2)
  (setq-local standard-indent 2)
  (setq-local indent-line-function #'regel-indent-line))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.regel\\'" . regel-mode))

(defvar eglot-server-programs)
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(regel-mode "regel" "lsp")))

(provide 'regel-mode)
;;; regel-mode.el ends here
