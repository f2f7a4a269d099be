/**
 * Public API: how personal data is shown in what people read (个人信息展示) — {@link org.countychain.privacy.PersonalData}.
 */
@NullMarked
package org.countychain.privacy;

import org.jspecify.annotations.NullMarked;
