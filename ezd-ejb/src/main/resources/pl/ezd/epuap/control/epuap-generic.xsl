<?xml version="1.0" encoding="UTF-8"?>
<!--
  EZD's generic rendering of an ePUAP document of any CRD template, used when the template's own
  stylesheet is not installed. Matches by local names (template versions put the same structures
  in different namespaces); never prints attachment data or the signature's internals.
  Output: accessible HTML (lang="pl", landmarks, headings in order, lists, no scripts).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ds="http://www.w3.org/2000/09/xmldsig#" exclude-result-prefixes="ds">
  <!-- XML syntax of HTML5: non-ASCII letters stay letters (no character entities), void elements close themselves -->
  <xsl:output method="xml" encoding="UTF-8" indent="yes" omit-xml-declaration="yes"/>

  <xsl:variable name="root" select="/*"/>
  <xsl:variable name="dane" select="$root/*[local-name()='DaneDokumentu']"/>
  <xsl:variable name="tresc" select="$root/*[local-name()='TrescDokumentu']"/>
  <xsl:variable name="nazwa" select="normalize-space($dane/*[local-name()='Naglowek']/*[local-name()='NazwaDokumentu'])"/>
  <xsl:variable name="tytul" select="normalize-space($tresc/*[local-name()='Tytul'])"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="pl">
      <head>
        <meta charset="UTF-8"/>
        <title>
          <xsl:choose>
            <xsl:when test="$tytul != ''"><xsl:value-of select="$tytul"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$nazwa"/></xsl:otherwise>
          </xsl:choose>
        </title>
        <style>
          body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 1rem; line-height: 1.5; color: #111; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
          h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; border-bottom: 1px solid #888; }
          dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: bold; } dd { margin: 0; }
          .wzor { color: #444; font-size: .9rem; } .adres { white-space: pre-line; }
        </style>
      </head>
      <body>
        <header>
          <p class="wzor">Dokument elektroniczny ePUAP<xsl:if test="$nazwa != ''">: <xsl:value-of select="$nazwa"/></xsl:if></p>
        </header>
        <main>
          <h1>
            <xsl:choose>
              <xsl:when test="$tytul != ''"><xsl:value-of select="$tytul"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$nazwa"/></xsl:otherwise>
            </xsl:choose>
          </h1>
          <dl>
            <xsl:variable name="rodzaj" select="$tresc/*[local-name()='RodzajWnioskuRozszerzony']"/>
            <xsl:variable name="rodzajTekst">
              <xsl:choose>
                <xsl:when test="$rodzaj/@rodzaj = 'inne pismo' and normalize-space($rodzaj/@jakiInny) != ''"><xsl:value-of select="$rodzaj/@jakiInny"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$rodzaj/@rodzaj"/></xsl:otherwise>
              </xsl:choose>
            </xsl:variable>
            <xsl:if test="normalize-space($rodzajTekst) != ''">
              <dt>Rodzaj pisma</dt><dd><xsl:value-of select="$rodzajTekst"/></dd>
            </xsl:if>
            <xsl:variable name="miejscowosc" select="normalize-space($tresc/*[local-name()='MiejscowoscDokumentu'])"/>
            <xsl:if test="$miejscowosc != ''">
              <dt>Miejscowość</dt><dd><xsl:value-of select="$miejscowosc"/></dd>
            </xsl:if>
            <xsl:variable name="data" select="($dane/*[local-name()='Data'][@typDaty='stworzony'] | $dane/*[local-name()='Data'])[1]/*[local-name()='Czas']"/>
            <xsl:if test="normalize-space($data) != ''">
              <dt>Data pisma</dt><dd><xsl:value-of select="normalize-space($data)"/></dd>
            </xsl:if>
          </dl>

          <section aria-labelledby="nadawcy">
            <h2 id="nadawcy">Nadawca</h2>
            <xsl:call-template name="podmioty"><xsl:with-param name="lista" select="$dane/*[local-name()='Nadawcy']"/></xsl:call-template>
          </section>
          <section aria-labelledby="adresaci">
            <h2 id="adresaci">Adresat</h2>
            <xsl:call-template name="podmioty"><xsl:with-param name="lista" select="$dane/*[local-name()='Adresaci']"/></xsl:call-template>
          </section>

          <section aria-labelledby="tresc">
            <h2 id="tresc">Treść</h2>
            <xsl:for-each select="$tresc/*[local-name()='Informacje']/*[local-name()='Informacja'][normalize-space(.) != '']">
              <p><xsl:value-of select="."/></p>
            </xsl:for-each>
            <xsl:variable name="inne" select="$tresc/*[not(local-name()='Tytul' or local-name()='MiejscowoscDokumentu' or local-name()='RodzajWnioskuRozszerzony' or local-name()='Informacje' or local-name()='Zalaczniki')]"/>
            <xsl:if test="$inne//text()[normalize-space(.) != '']">
              <dl>
                <xsl:for-each select="$inne/descendant-or-self::*[not(*)][normalize-space(.) != ''][not(ancestor::*[local-name()='Zalaczniki'])]">
                  <dt><xsl:value-of select="local-name()"/></dt>
                  <dd><xsl:value-of select="normalize-space(.)"/></dd>
                </xsl:for-each>
              </dl>
            </xsl:if>
          </section>

          <section aria-labelledby="zalaczniki">
            <h2 id="zalaczniki">Załączniki</h2>
            <xsl:variable name="zalaczniki" select="$root//*[local-name()='Zalacznik'][parent::*[local-name()='Zalaczniki']][not(ancestor::ds:Signature)]"/>
            <xsl:choose>
              <xsl:when test="$zalaczniki">
                <ol>
                  <xsl:for-each select="$zalaczniki">
                    <li>
                      <xsl:choose>
                        <xsl:when test="normalize-space(@nazwaPliku) != ''"><xsl:value-of select="@nazwaPliku"/></xsl:when>
                        <xsl:otherwise>załącznik bez nazwy</xsl:otherwise>
                      </xsl:choose>
                      <xsl:if test="normalize-space(@format) != ''"> (<xsl:value-of select="@format"/>)</xsl:if>
                      <xsl:choose>
                        <xsl:when test="translate(@kodowanie, 'uri', 'URI') = 'URI'">, plik w repozytorium ePUAP</xsl:when>
                        <xsl:otherwise>, w treści dokumentu</xsl:otherwise>
                      </xsl:choose>
                      <xsl:if test="normalize-space(*[local-name()='OpisZalacznika']) != '' and translate(@kodowanie, 'uri', 'URI') != 'URI'">
                        <xsl:text> – </xsl:text><xsl:value-of select="normalize-space(*[local-name()='OpisZalacznika'])"/>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ol>
              </xsl:when>
              <xsl:otherwise><p>Brak załączników.</p></xsl:otherwise>
            </xsl:choose>
          </section>

          <section aria-labelledby="podpis">
            <h2 id="podpis">Podpis elektroniczny</h2>
            <xsl:choose>
              <xsl:when test="$root/ds:Signature">
                <p>Dokument zawiera podpis elektroniczny. Jego ważność podaje raport weryfikacji podpisu.</p>
              </xsl:when>
              <xsl:otherwise><p>Dokument nie zawiera podpisu elektronicznego.</p></xsl:otherwise>
            </xsl:choose>
          </section>
        </main>
        <footer>
          <p class="wzor">Wizualizacja ogólna EZD (arkusz stylów wzoru nie jest zainstalowany). Wzór: <xsl:value-of select="namespace-uri($root)"/></p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="podmioty">
    <xsl:param name="lista"/>
    <xsl:choose>
      <xsl:when test="$lista/*[local-name()='Podmiot']">
        <xsl:for-each select="$lista/*[local-name()='Podmiot']/*[local-name()='Osoba' or local-name()='Instytucja']">
          <address>
            <strong>
              <xsl:choose>
                <xsl:when test="local-name()='Osoba'">
                  <xsl:value-of select="normalize-space(concat(*[local-name()='Imie'], ' ', *[local-name()='ImieDrugie'], ' ', *[local-name()='Nazwisko']))"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="normalize-space(*[local-name()='NazwaInstytucji'])"/>
                  <xsl:for-each select=".//*[local-name()='Jednostka']/*[local-name()='NazwaInstytucji']">, <xsl:value-of select="normalize-space(.)"/></xsl:for-each>
                </xsl:otherwise>
              </xsl:choose>
            </strong>
            <xsl:for-each select="*[local-name()='Adres']">
              <br/>
              <xsl:value-of select="normalize-space(concat(*[local-name()='Ulica'], ' ', *[local-name()='Budynek']))"/>
              <xsl:if test="normalize-space(*[local-name()='Lokal']) != ''">/<xsl:value-of select="normalize-space(*[local-name()='Lokal'])"/></xsl:if>
              <br/>
              <xsl:value-of select="normalize-space(concat(*[local-name()='KodPocztowy'], ' ', *[local-name()='Miejscowosc']))"/>
              <xsl:if test="normalize-space(*[local-name()='Kraj']) != ''">, <xsl:value-of select="normalize-space(*[local-name()='Kraj'])"/></xsl:if>
            </xsl:for-each>
            <xsl:for-each select="*[local-name()='IdOsoby' or local-name()='IdInstytucji']/*[normalize-space(.) != '']">
              <br/><xsl:value-of select="local-name()"/>: <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
            <xsl:for-each select="*[local-name()='Kontakt']/*[normalize-space(.) != '']">
              <br/>
              <xsl:choose>
                <xsl:when test="local-name()='Email'">e-mail</xsl:when>
                <xsl:when test="local-name()='Telefon'">telefon</xsl:when>
                <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
              </xsl:choose>: <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </address>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><p>Nie podano.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
