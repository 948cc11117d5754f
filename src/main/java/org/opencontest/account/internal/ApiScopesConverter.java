package org.opencontest.account.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.opencontest.shared.security.ApiScope;

/** Stores a token's scopes as their values, space-separated; a value no longer known grants nothing. */
@Converter
class ApiScopesConverter implements AttributeConverter<Set<ApiScope>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    @Override
    public Set<ApiScope> convertToEntityAttribute(String column) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(column.split(" ")).map(ApiScope::fromValue).forEach(scope -> scope.ifPresent(scopes::add));
        return scopes;
    }
}
