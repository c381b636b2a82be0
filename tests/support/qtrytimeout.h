#pragma once
// QTRY_COMPARE, QTRY_VERIFY and QTRY_VERIFY2 without a timeout wait up to
// TestSupport::EventTimeoutMs in this suite instead of Qt's 5 s: a busy machine can take longer to
// answer on loopback, and the wait ends as soon as the condition holds. Included by testsupport.h.

#include <QTest>

namespace TestSupport {
inline constexpr int EventTimeoutMs = 30000;
} // namespace TestSupport

#undef QTRY_COMPARE
#undef QTRY_VERIFY
#undef QTRY_VERIFY2
#define QTRY_COMPARE(expr, expected)                                                               \
    QTRY_COMPARE_WITH_TIMEOUT(expr, expected, TestSupport::EventTimeoutMs)
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, TestSupport::EventTimeoutMs)
#define QTRY_VERIFY2(expr, messageExpression)                                                      \
    QTRY_VERIFY2_WITH_TIMEOUT(expr, messageExpression, TestSupport::EventTimeoutMs)
