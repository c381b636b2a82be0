<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Api::ApiError</name>
    <message numerus="yes">
        <source>The platform is limiting requests (%1). Try again in %n second(s).</source>
        <translation>
            <numerusform>The platform is limiting requests (%1). Try again in %n second.</numerusform>
            <numerusform>The platform is limiting requests (%1). Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform at %1 did not answer within %n second(s). Check the network and try again.</source>
        <translation>
            <numerusform>The platform at %1 did not answer within %n second. Check the network and try again.</numerusform>
            <numerusform>The platform at %1 did not answer within %n seconds. Check the network and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Api::ExchangeRecord</name>
    <message numerus="yes">
        <source>[%n bytes of binary data]</source>
        <translation>
            <numerusform>[%n byte of binary data]</numerusform>
            <numerusform>[%n bytes of binary data]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::HistoryCommand</name>
    <message numerus="yes">
        <source>Showing the newest %n session(s); --limit shows more.</source>
        <translation>
            <numerusform>Showing the newest session; --limit shows more.</numerusform>
            <numerusform>Showing the newest %n sessions; --limit shows more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::Output</name>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (in %n minute)</numerusform>
            <numerusform>%1 (in %n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::StatusCommand</name>
    <message numerus="yes">
        <source>%1: %2; asking again every %n second(s).</source>
        <translation>
            <numerusform>%1: %2; asking again every second.</numerusform>
            <numerusform>%1: %2; asking again every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::InspectorDock</name>
    <message numerus="yes">
        <source>%1 (%n bytes):</source>
        <translation>
            <numerusform>%1 (%n byte):</numerusform>
            <numerusform>%1 (%n bytes):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SessionPanel</name>
    <message numerus="yes">
        <source>The status could not be checked since %1 (%n attempt(s)): %2 Next try at %3, or “Check now” (%4).</source>
        <translation>
            <numerusform>The status could not be checked since %1 (%n attempt): %2 Next try at %3, or “Check now” (%4).</numerusform>
            <numerusform>The status could not be checked since %1 (%n attempts): %2 Next try at %3, or “Check now” (%4).</numerusform>
        </translation>
    </message>
</context>
</TS>
