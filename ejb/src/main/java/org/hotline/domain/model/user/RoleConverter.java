package org.hotline.domain.model.user;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Role} by its lower-case security role name. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.roleName();
  }

  @Override
  public Role convertToEntityAttribute(String name) {
    return name == null
        ? null
        : Role.fromRoleName(name)
            .orElseThrow(() -> new IllegalStateException("unknown role " + name));
  }
}
